package org.ledgerline.storage.customer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import org.ledgerline.storage.jdbc.Jdbc;
import org.ledgerline.storage.jdbc.StorageException;

/** Customers from tables {@code customers} and {@code customer_phone_numbers}. */
public final class JdbcCustomerRepository implements CustomerRepository {
    private static final String FIND_BY_ID = """
            select c.id, c.name, c.billing_address, c.time_zone, c.language,
                   array(select p.phone_number
                           from customer_phone_numbers p
                          where p.customer_id = c.id
                          order by p.id) as phone_numbers
              from customers c
             where c.id = ?
            """;

    private final Jdbc jdbc;

    public JdbcCustomerRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Customer> findById(long customerId) {
        return jdbc.queryOptional("find a customer", FIND_BY_ID, JdbcCustomerRepository::customer, customerId);
    }

    private static Customer customer(ResultSet row) throws SQLException {
        return new Customer(
                row.getLong("id"),
                row.getString("name"),
                row.getString("billing_address"),
                zone(row.getString("time_zone")),
                row.getString("language"),
                Jdbc.list(row, "phone_numbers", String.class));
    }

    /** The schema checks the shape of the zone id; Java's zone database has the last word. */
    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new StorageException("A customer has a time zone Java does not know: " + id, e);
        }
    }
}
