package org.ledgerline.storage.seed;

import java.util.List;
import java.util.Random;

/**
 * Made-up business customers for the demo ledger: names, addresses and the IANA zone of their
 * city. Drawn from a seeded {@link Random}, so every fresh demo ledger looks the same.
 */
final class DemoCompanies {
    record City(String name, String state, String zip, String timeZone) {}

    record Company(String name, String billingAddress, String state, String timeZone) {}

    private static final List<String> FIRST_WORDS = List.of(
            "Harbor", "Summit", "Prairie", "Cedar", "Granite", "Lakeside", "Redwood", "Meridian",
            "Blue Ridge", "Ironwood", "Silver Creek", "Northgate", "Copper", "Maple", "Sierra", "Atlas");
    private static final List<String> SECOND_WORDS = List.of(
            "Supply", "Foods", "Hardware", "Textiles", "Logistics", "Office Goods", "Building Materials",
            "Auto Parts", "Electrical", "Paper", "Plumbing", "Farm Supply");
    private static final List<String> SUFFIXES = List.of("Co.", "Inc.", "LLC", "Ltd.", "& Sons", "Group");
    private static final List<String> STREETS = List.of(
            "Main St", "Oak Ave", "Industrial Pkwy", "Commerce Dr", "Market St", "Depot Rd", "Mill Ln", "Harbor Blvd");
    private static final List<City> CITIES = List.of(
            new City("New York", "NY", "10013", "America/New_York"),
            new City("Atlanta", "GA", "30303", "America/New_York"),
            new City("Detroit", "MI", "48226", "America/Detroit"),
            new City("Indianapolis", "IN", "46204", "America/Indiana/Indianapolis"),
            new City("Chicago", "IL", "60607", "America/Chicago"),
            new City("Dallas", "TX", "75201", "America/Chicago"),
            new City("Denver", "CO", "80202", "America/Denver"),
            new City("Boise", "ID", "83702", "America/Boise"),
            new City("Phoenix", "AZ", "85004", "America/Phoenix"),
            new City("Los Angeles", "CA", "90013", "America/Los_Angeles"),
            new City("Seattle", "WA", "98104", "America/Los_Angeles"),
            new City("Anchorage", "AK", "99501", "America/Anchorage"),
            new City("Honolulu", "HI", "96813", "Pacific/Honolulu"));

    private final Random random;

    DemoCompanies(Random random) {
        this.random = random;
    }

    Company next() {
        City city = pick(CITIES);
        String name = pick(FIRST_WORDS) + " " + pick(SECOND_WORDS) + " " + pick(SUFFIXES);
        String address = (100 + random.nextInt(9_800)) + " " + pick(STREETS) + ", " + city.name() + ", "
                + city.state() + " " + city.zip();
        return new Company(name, address, city.state(), city.timeZone());
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
