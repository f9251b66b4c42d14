package org.ledgerline.storage.search;

import java.util.List;
import java.util.Objects;
import org.ledgerline.storage.jdbc.Jdbc;

/**
 * Which customers a credit manager looks after ({@code credit_manager_customers}): the calls of
 * these customers are the ones the manager may search, read and play.
 */
public final class CreditManagerPortfolio {
    private final Jdbc jdbc;

    public CreditManagerPortfolio(Jdbc jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
    }

    /** Gives {@code customerId} to manager {@code userId}; giving it again changes nothing. */
    public void assign(long userId, long customerId, String assignedBy) {
        jdbc.update("assign a customer to a credit manager", """
                insert into credit_manager_customers (user_id, customer_id, assigned_by) values (?, ?, ?)
                on conflict (user_id, customer_id) do nothing
                """, userId, customerId, assignedBy);
    }

    /** The manager's customers, by id. */
    public List<Long> customersOf(long userId) {
        return jdbc.query("read a credit manager's customers",
                "select customer_id from credit_manager_customers where user_id = ? order by customer_id",
                row -> row.getLong(1), userId);
    }
}
