package org.ledgerline.ivr.transcription.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ledgerline.ivr.transcription.SpokenPromise;

/**
 * Decides whether a segment states a promise to pay, from its words alone (no punctuation). A promise
 * is a clause in which the speaker ("i", "we", "let me") commits to paying and names an amount, a
 * date, or both:
 * <ul>
 *   <li>subject, then a commitment ({@code can}, {@code could}, {@code will}/{@code 'll},
 *       {@code going to}/{@code gonna}, {@code promise to}, {@code want to}, {@code would like to},
 *       {@code am able to}, {@code should be able to}), then a pay verb ({@code pay}; {@code send},
 *       {@code give}, {@code get}, {@code have}, {@code mail}, {@code bring} with money or "it" after;
 *       {@code make} a payment; {@code do} an amount or a date; {@code put down}; {@code cover},
 *       {@code settle}, {@code transfer}, {@code wire});
 *   <li>"let me pay ..." / "let us pay ..."; "gonna pay ..." and "will pay ..." at the start of a clause (the
 *       "i" dropped).
 * </ul>
 * Not promises: a clause with a negation before the pay verb ("i can't pay", "i won't be able to pay
 * until friday", "i never promised to pay", "i don't think i can pay"); a hedge ("i'll try to pay",
 * "maybe i can pay", "i might pay", "hopefully"); a question by inversion at the start of the clause
 * ("can i pay two hundred on friday", "when can we pay"); a condition ("if i can pay ..."); the past
 * ("i paid", "i was going to pay", "i could have paid", "i promised to pay"); someone else's
 * commitment ("you'll pay two hundred", "can you pay"); money without a pay verb ("my balance is two
 * hundred"). Clauses are split at {@code but}, {@code because}, {@code cause}, {@code though},
 * {@code although}, {@code unless}, {@code except}, and at {@code and} before a new subject, so "i
 * can't pay two hundred but i can pay one hundred on friday" is a promise of 100 on Friday. The first
 * amount and the first date of the promising clause are taken.
 */
final class PromiseRules {
    private static final Set<String> CLAUSE_BREAKS = Set.of("but", "because", "cause", "though", "although", "unless",
            "except", "however", "otherwise");
    private static final Set<String> SUBJECTS = Set.of("i", "we");
    private static final Set<String> FILLERS = Set.of("so", "okay", "ok", "well", "um", "uh", "and", "then", "yeah",
            "yes", "alright", "right", "oh", "hmm", "like", "now", "actually");
    private static final Set<String> INVERTED = Set.of("can", "could", "may", "should", "will", "would", "shall", "do",
            "did", "am", "when", "how", "what", "where", "why", "which");
    /** Words that start a commitment whose "i" was dropped ("gonna pay ...", "will pay ..."). */
    private static final Set<String> IMPLIED_SUBJECT = Set.of("going", "will");
    private static final Set<String> NEGATIONS = Set.of("not", "never", "unable", "no", "nobody", "nothing", "neither");
    private static final Set<String> HEDGES = Set.of("try", "trying", "maybe", "might", "hopefully", "hope", "possibly",
            "perhaps", "if", "whether", "probably");
    private static final Set<String> COMMITMENTS = Set.of("can", "could", "will", "shall", "going", "promise", "want",
            "like", "able", "should");
    /** Words allowed between the subject and the pay verb. */
    private static final Set<String> CHAIN = Set.of("can", "could", "will", "shall", "would", "should", "am", "are",
            "going", "to", "promise", "want", "like", "be", "able", "definitely", "just", "also", "really", "surely",
            "certainly", "still", "go", "ahead", "and", "plan", "on", "i", "we");
    private static final Set<String> PLAIN_PAY = Set.of("pay", "cover", "settle", "transfer", "wire");
    private static final Set<String> PAY_WITH_OBJECT = Set.of("send", "give", "get", "have", "mail", "bring");
    private static final Set<String> MONEY_OBJECTS = Set.of("money", "payment", "it", "check", "cheque", "rest",
            "balance", "amount", "that", "something", "half", "everything", "full");
    private static final int OBJECT_WINDOW = 4;

    private PromiseRules() {}

    /** The promise the words state, or null. */
    static @Nullable SpokenPromise find(List<String> words, List<Mention> mentions) {
        int start = 0;
        for (int i = 0; i <= words.size(); i++) {
            if (i == words.size() || CLAUSE_BREAKS.contains(words.get(i)) || newSubjectAfterAnd(words, i)) {
                SpokenPromise promise = inClause(words, mentions, start, i);
                if (promise != null) {
                    return promise;
                }
                start = i + 1;
            }
        }
        return null;
    }

    private static boolean newSubjectAfterAnd(List<String> words, int i) {
        return words.get(i).equals("and") && i + 1 < words.size()
                && (SUBJECTS.contains(words.get(i + 1)) || words.get(i + 1).equals("you"));
    }

    private static @Nullable SpokenPromise inClause(List<String> words, List<Mention> mentions, int start, int end) {
        int payVerb = commitment(words, start, end, mentions);
        if (payVerb < 0) {
            return null;
        }
        BigDecimal amount = null;
        LocalDate date = null;
        for (Mention mention : mentions) {
            if (mention.start() < start || mention.end() > end) {
                continue;
            }
            if (amount == null && mention.kind() == Mention.Kind.AMOUNT && mention.value() != null
                    && mention.value().signum() > 0) {
                amount = mention.value();
            }
            if (date == null && mention.kind() == Mention.Kind.DATE) {
                date = mention.date();
            }
        }
        return amount == null && date == null ? null : new SpokenPromise(amount, date);
    }

    /** The index of the pay verb of an affirmative first-person commitment in the clause, or -1. */
    private static int commitment(List<String> words, int start, int end, List<Mention> mentions) {
        int first = start;
        while (first < end && FILLERS.contains(words.get(first))) {
            first++;
        }
        boolean inverted = first < end && INVERTED.contains(words.get(first));
        if (first < end && IMPLIED_SUBJECT.contains(words.get(first))) {
            // "gonna pay you three hundred": the recogniser (or the speaker) dropped the "i".
            int verb = payVerbAfter(words, first, end, false, mentions);
            if (verb >= 0) {
                return verb;
            }
        }
        for (int s = first; s < end; s++) {
            String word = words.get(s);
            if (NEGATIONS.contains(word) || HEDGES.contains(word)) {
                return -1;
            }
            boolean letMe = word.equals("let") && s + 1 < end
                    && (words.get(s + 1).equals("me") || words.get(s + 1).equals("us"));
            if (!letMe && (!SUBJECTS.contains(word) || inverted)) {
                continue;
            }
            int verb = payVerbAfter(words, letMe ? s + 2 : s + 1, end, letMe, mentions);
            if (verb >= 0) {
                return verb;
            }
        }
        return -1;
    }

    private static int payVerbAfter(List<String> words, int from, int end, boolean committed, List<Mention> mentions) {
        boolean commitment = committed;
        for (int k = from; k < end; k++) {
            String word = words.get(k);
            if (NEGATIONS.contains(word) || HEDGES.contains(word)) {
                return -1;
            }
            if (commitment && isPayVerb(words, k, end, mentions)) {
                return k;
            }
            if (!CHAIN.contains(word)) {
                return -1;
            }
            commitment |= COMMITMENTS.contains(word);
        }
        return -1;
    }

    private static boolean isPayVerb(List<String> words, int k, int end, List<Mention> mentions) {
        String word = words.get(k);
        if (PLAIN_PAY.contains(word)) {
            return true;
        }
        if (word.equals("have") && k + 1 < end && isPastParticiple(words.get(k + 1))) {
            return false;
        }
        if (PAY_WITH_OBJECT.contains(word)) {
            return moneyFollows(k, end, mentions) || objectFollows(words, k, end, MONEY_OBJECTS);
        }
        return switch (word) {
            case "make" -> objectFollows(words, k, end, Set.of("payment", "payments"));
            case "put" -> objectFollows(words, k, end, Set.of("down"));
            case "do" -> moneyFollows(k, end, mentions) || dateFollows(k, end, mentions);
            default -> false;
        };
    }

    /** "could have paid", "would have sent": the past, not a promise. */
    private static boolean isPastParticiple(String word) {
        return word.endsWith("ed") || Set.of("paid", "sent", "made", "given", "done", "got", "gotten", "brought")
                .contains(word);
    }

    private static boolean objectFollows(List<String> words, int k, int end, Set<String> objects) {
        for (int j = k + 1; j < Math.min(end, k + 1 + OBJECT_WINDOW); j++) {
            if (objects.contains(words.get(j))) {
                return true;
            }
        }
        return false;
    }

    private static boolean moneyFollows(int k, int end, List<Mention> mentions) {
        int limit = Math.min(end, k + 1 + OBJECT_WINDOW);
        return mentions.stream().anyMatch(m -> m.kind() == Mention.Kind.AMOUNT && m.start() > k && m.start() < limit);
    }

    private static boolean dateFollows(int k, int end, List<Mention> mentions) {
        int limit = Math.min(end, k + 1 + OBJECT_WINDOW);
        return mentions.stream().anyMatch(m -> m.kind() == Mention.Kind.DATE && m.start() > k && m.start() < limit);
    }
}
