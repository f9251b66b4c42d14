package org.ledgerline.storage.search;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Collection-call sentences for {@link TranscriptSearchBench}: what collectors and customers say,
 * with amounts, weekdays and dates spoken as words and their normal form beside them, and promises
 * to pay flagged as the pipeline would.
 */
final class CallSentences {
    /** One sentence: its words, normal form and whether it states a promise to pay. */
    record Sentence(String text, String normalized, boolean promise) {
        /** The words with made-up times and confidences, as the pipeline stores them. */
        String wordsJson(int offsetMs) {
            StringBuilder json = new StringBuilder("[");
            int at = offsetMs;
            for (String word : text.split(" ", -1)) {
                json.append(json.length() > 1 ? "," : "").append("{\"w\":\"").append(word).append("\",\"s\":")
                        .append(at).append(",\"e\":").append(at + 280).append(",\"c\":0.93}");
                at += 320;
            }
            return json.append(']').toString();
        }
    }

    private static final List<String> COLLECTOR = List.of(
            "hello this is %n calling from the accounts team about your past due invoice",
            "I am calling about invoice number %i which is now over sixty days past due",
            "can we set up a payment plan today",
            "the balance on the account is %a",
            "would you be able to make a payment of %a by %d",
            "I can see the last payment came in on %t",
            "is this a good time to talk about the account",
            "I understand things are difficult right now",
            "we can split the balance into three monthly payments",
            "I have noted that you dispute the pricing on that invoice",
            "please confirm the amount and the date you can pay",
            "so to confirm you will pay %a on %d",
            "this call is recorded for quality and compliance",
            "do you want me to email you a copy of the statement",
            "I will send the remittance details to your accounts payable team",
            "is there a better number to reach you on",
            "thank you for your time have a good day",
            "our records show the goods were delivered on %t",
            "the invoice was issued on %t and was due thirty days later",
            "if you have filed for bankruptcy please tell me the case number");

    private static final List<String> CUSTOMER = List.of(
            "I can pay %a on %d",
            "we will send %a by %d",
            "I promise to pay the rest on %t",
            "I never promised to pay that amount",
            "we already paid that invoice last week",
            "the goods arrived damaged so we will not pay until it is fixed",
            "I need to talk to my lawyer before I agree to anything",
            "can you send me a copy of the invoice",
            "money is tight this month can we do half now",
            "who am I speaking with",
            "please stop calling me at work",
            "we dispute the pricing on that order",
            "our accounts payable team handles that",
            "I did not receive the second shipment",
            "call me back on %d please",
            "yes that is correct",
            "I will check with my partner and call you back",
            "we filed for bankruptcy last month",
            "the payment should clear by %d",
            "okay I can do that");

    private static final List<String> NAMES = List.of("Sam", "Alex", "Jordan", "Taylor", "Morgan", "Casey", "Riley");
    private static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");
    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "fifteenth", "twentieth");
    private static final int[] ORDINAL_DAYS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 15, 20};
    private static final List<String> ONES = List.of("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine");
    private static final List<String> DIGITS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine");

    private final Random random;

    CallSentences(Random random) {
        this.random = random;
    }

    Sentence collector() {
        return fill(COLLECTOR.get(random.nextInt(COLLECTOR.size())));
    }

    Sentence customer() {
        return fill(CUSTOMER.get(random.nextInt(CUSTOMER.size())));
    }

    private Sentence fill(String template) {
        StringBuilder normal = new StringBuilder();
        StringBuilder text = new StringBuilder();
        for (String word : template.split(" ", -1)) {
            text.append(text.isEmpty() ? "" : " ");
            switch (word) {
                case "%a" -> {
                    int hundreds = 1 + random.nextInt(9);
                    int fifty = random.nextBoolean() ? 50 : 0;
                    text.append(ONES.get(hundreds - 1)).append(" hundred").append(fifty > 0 ? " and fifty" : "")
                            .append(" dollars");
                    int amount = hundreds * 100 + fifty;
                    normal.append(normal.isEmpty() ? "" : " ").append(amount).append(" $").append(amount);
                }
                case "%d" -> text.append(DAYS.get(random.nextInt(DAYS.size())));
                case "%t" -> {
                    int month = random.nextInt(12);
                    int day = random.nextInt(ORDINALS.size());
                    text.append("the ").append(ORDINALS.get(day)).append(" of ").append(MONTHS.get(month));
                    normal.append(normal.isEmpty() ? "" : " ")
                            .append(String.format(Locale.ROOT, "%02d/%02d", month + 1, ORDINAL_DAYS[day]))
                            .append(' ').append(MONTHS.get(month)).append(' ').append(ORDINAL_DAYS[day]);
                }
                case "%n" -> text.append(NAMES.get(random.nextInt(NAMES.size())));
                case "%i" -> {
                    StringBuilder digits = new StringBuilder();
                    for (int k = 0; k < 6; k++) {
                        int d = k == 0 ? 7 : random.nextInt(10);
                        text.append(k == 0 ? "" : " ").append(DIGITS.get(d));
                        digits.append(d);
                    }
                    normal.append(normal.isEmpty() ? "" : " ").append(digits);
                }
                default -> text.append(word);
            }
        }
        boolean promise = template.startsWith("I can pay") || template.startsWith("we will send")
                || template.startsWith("I promise");
        return new Sentence(text.toString(), normal.toString(), promise);
    }
}
