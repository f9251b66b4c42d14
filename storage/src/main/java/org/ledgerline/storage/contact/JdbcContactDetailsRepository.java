package org.ledgerline.storage.contact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.ledgerline.storage.jdbc.Jdbc;
import org.ledgerline.storage.jdbc.StorageException;

/**
 * Phone details in {@code customer_phone_numbers} and the address's state and zone in {@code
 * customers}. Zone ids are checked by Java's zone database on the way in and out.
 */
public final class JdbcContactDetailsRepository implements ContactDetailsRepository {
    private static final String PHONES = """
            select customer_id, phone_number, phone_type, area_code_zones
              from customer_phone_numbers
             where customer_id = ?
             order by id
            """;

    private static final String SAVE_PHONE = """
            insert into customer_phone_numbers (customer_id, phone_number, phone_type, area_code_zones)
            values (?, ?, ?, ?)
            on conflict (customer_id, phone_number)
            do update set phone_type = excluded.phone_type, area_code_zones = excluded.area_code_zones
            returning customer_id, phone_number, phone_type, area_code_zones
            """;

    private static final String LOCATION = """
            select id, address_state, time_zone
              from customers
             where id = ? and address_state is not null
            """;

    private static final String SET_STATE = "update customers set address_state = ? where id = ?";

    private final Jdbc jdbc;

    public JdbcContactDetailsRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CustomerPhone> phonesOf(long customerId) {
        return jdbc.query("read a customer's phone numbers", PHONES, JdbcContactDetailsRepository::phone, customerId);
    }

    @Override
    public CustomerPhone savePhone(CustomerPhone phone) {
        phone.areaCodeZones().forEach(JdbcContactDetailsRepository::zone);
        return jdbc.queryOne("save a customer's phone number", SAVE_PHONE, JdbcContactDetailsRepository::phone,
                phone.customerId(), phone.phoneNumber(), phone.type().name(),
                phone.areaCodeZones().toArray(String[]::new));
    }

    @Override
    public Optional<CustomerLocation> locationOf(long customerId) {
        return jdbc.queryOptional("read a customer's location", LOCATION,
                row -> new CustomerLocation(row.getLong("id"), row.getString("address_state"),
                        zone(row.getString("time_zone"))),
                customerId);
    }

    @Override
    public boolean setAddressState(long customerId, String state) {
        return jdbc.update("set a customer's address state", SET_STATE, state, customerId) == 1;
    }

    private static CustomerPhone phone(ResultSet row) throws SQLException {
        return new CustomerPhone(
                row.getLong("customer_id"),
                row.getString("phone_number"),
                PhoneType.valueOf(row.getString("phone_type")),
                Jdbc.list(row, "area_code_zones", String.class));
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new StorageException("Not a time zone Java knows: " + id, e);
        }
    }
}
