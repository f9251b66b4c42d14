package org.ledgerline.storage.seed;

import java.util.List;
import org.ledgerline.storage.jdbc.Jdbc;
import org.ledgerline.storage.search.CreditManagerPortfolio;

/**
 * The demo credit manager's portfolio: every demo customer except those of {@link
 * #NOT_MANAGED_ACCOUNTS}, so the demo (and the tests) show a manager reading the calls of their own
 * customers and not of the others. Needs the demo user {@value #MANAGER}, which the node creates
 * after the ledger's demo data; seeded once, when that user exists and has no customers yet.
 */
public final class DemoManagerPortfolio {
    /** The demo credit manager. */
    public static final String MANAGER = "manager";
    /** Accounts whose customers the demo manager does not look after (one older, one collector debtor). */
    public static final List<String> NOT_MANAGED_ACCOUNTS = List.of("100017", DemoDebtors.SPLIT_ZONE_ACCOUNT);

    private final Jdbc jdbc;

    DemoManagerPortfolio(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Seeds the portfolio if the manager exists and has none; returns whether it seeded. */
    boolean seedIfReady() {
        List<Long> manager = jdbc.query("find the demo manager",
                "select id from users where username = ? and not exists"
                        + " (select 1 from credit_manager_customers c where c.user_id = users.id)",
                row -> row.getLong(1), MANAGER);
        if (manager.isEmpty()) {
            return false;
        }
        List<Long> customers = jdbc.query("list the demo manager's customers", """
                select c.id from customers c
                 where not exists (select 1 from accounts a
                                    where a.customer_id = c.id and a.account_number = any (?))
                 order by c.id
                """, row -> row.getLong(1), (Object) NOT_MANAGED_ACCOUNTS.toArray(String[]::new));
        if (customers.isEmpty()) {
            return false;
        }
        CreditManagerPortfolio portfolio = new CreditManagerPortfolio(jdbc);
        customers.forEach(customer -> portfolio.assign(manager.getFirst(), customer, "demo-seed"));
        return true;
    }
}
