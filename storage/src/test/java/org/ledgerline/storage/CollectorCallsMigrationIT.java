package org.ledgerline.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.ledgerline.storage.contact.CustomerLocation;
import org.ledgerline.storage.contact.CustomerPhone;
import org.ledgerline.storage.contact.PhoneType;
import org.ledgerline.storage.jdbc.EmbeddedLedgerServer;
import org.ledgerline.storage.testing.TestLedgers;

/** V7 on a ledger that already has customers: their rows stay valid and gain what V7 can work out. */
class CollectorCallsMigrationIT {

    @Test
    void existingCustomersKeepTheirNumbersAsOtherNumbersAndGainTheStateOfTheirAddress() throws SQLException {
        try (EmbeddedLedgerServer server = TestLedgers.startStandaloneServer()) {
            Flyway.configure().dataSource(server.jdbcUrl(), server.user(), server.password())
                    .locations("classpath:db/migration").target("5").load().migrate();
            try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.user(),
                    server.password());
                    Statement statement = connection.createStatement()) {
                statement.execute("""
                        insert into customers (name, billing_address, time_zone)
                        values ('Acme', '455 W Lake St, Chicago, IL 60606', 'America/Chicago'),
                               ('Nowhere Ltd', 'PO Box 12', 'America/Denver')
                        """);
                statement.execute("""
                        insert into customer_phone_numbers (customer_id, phone_number)
                        select id, '5551001' from customers where name = 'Acme'
                        """);
            }

            try (Ledger ledger = Ledger.open(new LedgerSettings(server.jdbcUrl(), server.user(), server.password(),
                    2, Duration.ofSeconds(5)))) {
                assertThat(ledger.contactDetails().phonesOf(1)).containsExactly(
                        new CustomerPhone(1, "5551001", PhoneType.OTHER, List.of()));
                assertThat(ledger.contactDetails().locationOf(1))
                        .contains(new CustomerLocation(1, "IL", ZoneId.of("America/Chicago")));
                assertThat(ledger.contactDetails().locationOf(2)).as("no state in the address").isEmpty();
            }
        }
    }
}
