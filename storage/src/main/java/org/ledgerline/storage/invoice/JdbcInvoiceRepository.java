package org.ledgerline.storage.invoice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.ledgerline.storage.jdbc.Jdbc;

/** Invoices from table {@code invoices}. */
public final class JdbcInvoiceRepository implements InvoiceRepository {
    /* Written-off invoices are no longer collected, whatever their balance says. */
    private static final String FIND_OPEN = """
            select id, account_id, invoice_number, currency, amount, open_balance, issued_on, due_on, status
              from invoices
             where account_id = ?
               and open_balance > 0
               and status <> 'WRITTEN_OFF'
             order by due_on, id
            """;

    private final Jdbc jdbc;

    public JdbcInvoiceRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Invoice> findOpenInvoices(long accountId) {
        return jdbc.query("find open invoices", FIND_OPEN, JdbcInvoiceRepository::invoice, accountId);
    }

    /** Maps a row with the columns of table {@code invoices}; later repositories reuse it. */
    public static Invoice invoice(ResultSet row) throws SQLException {
        return new Invoice(
                row.getLong("id"),
                row.getLong("account_id"),
                row.getString("invoice_number"),
                row.getString("currency"),
                Jdbc.money(row, "amount"),
                Jdbc.money(row, "open_balance"),
                Jdbc.requiredLocalDate(row, "issued_on"),
                Jdbc.requiredLocalDate(row, "due_on"),
                InvoiceStatus.valueOf(row.getString("status")));
    }
}
