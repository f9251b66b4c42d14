package org.ledgerline.ivr.menu;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.ledgerline.ivr.account.AccountService;
import org.ledgerline.ivr.account.AccountSpeech;
import org.ledgerline.ivr.account.IdentifiedCaller;
import org.ledgerline.ivr.call.CallChannel;
import org.ledgerline.ivr.call.PersonHandOff;
import org.ledgerline.ivr.prompt.Utterance;
import org.ledgerline.storage.invoice.Invoice;

/**
 * Main-menu option: reads the open invoices one at a time, oldest due first (number digit by
 * digit, open amount, due date, days past due). {@value #NEXT} next, {@value #PREVIOUS} previous,
 * {@value Menu#REPEAT} again, {@value Menu#BACK} back to the main menu. Features add per-invoice
 * actions (pay, dispute) with {@link #withInvoiceAction}; they are offered after each invoice.
 */
public final class OpenInvoicesOption implements MenuAction<IdentifiedCaller> {
    public static final char NEXT = '1';
    public static final char PREVIOUS = '2';

    private static final Set<Character> NAVIGATION_KEYS = Set.of(NEXT, PREVIOUS, Menu.REPEAT, Menu.BACK);

    private final AccountService accounts;
    private final AccountSpeech speech;
    private final ChoiceReader reader;
    private final PersonHandOff handOff;
    private final Clock clock;
    private final Map<Character, InvoiceAction> invoiceActions;
    private final Map<Character, String> invoiceActionPrompts;

    public OpenInvoicesOption(
            AccountService accounts, AccountSpeech speech, ChoiceReader reader, PersonHandOff handOff, Clock clock) {
        this(accounts, speech, reader, handOff, clock, Map.of(), Map.of());
    }

    private OpenInvoicesOption(
            AccountService accounts,
            AccountSpeech speech,
            ChoiceReader reader,
            PersonHandOff handOff,
            Clock clock,
            Map<Character, InvoiceAction> invoiceActions,
            Map<Character, String> invoiceActionPrompts) {
        this.accounts = accounts;
        this.speech = speech;
        this.reader = reader;
        this.handOff = handOff;
        this.clock = clock;
        this.invoiceActions = invoiceActions;
        this.invoiceActionPrompts = invoiceActionPrompts;
    }

    /** A copy that also offers {@code action} on {@code key}, announced by {@code promptKey} after each invoice. */
    public OpenInvoicesOption withInvoiceAction(char key, String promptKey, InvoiceAction action) {
        if (NAVIGATION_KEYS.contains(key) || invoiceActions.containsKey(key)) {
            throw new IllegalArgumentException("key " + key + " is already used in the invoice list");
        }
        Map<Character, InvoiceAction> actions = new LinkedHashMap<>(invoiceActions);
        Map<Character, String> prompts = new LinkedHashMap<>(invoiceActionPrompts);
        actions.put(key, action);
        prompts.put(key, promptKey);
        return new OpenInvoicesOption(accounts, speech, reader, handOff, clock, actions, prompts);
    }

    @Override
    public Next run(CallChannel channel, IdentifiedCaller caller) {
        List<Invoice> invoices = accounts.openInvoices(caller.account().id());
        if (invoices.isEmpty()) {
            channel.play(Utterance.of(MenuPrompts.INVOICES_NONE));
            return Next.MENU;
        }
        LocalDate today = caller.today(clock);
        Utterance choices = choices();
        Set<Character> keys = new TreeSet<>(NAVIGATION_KEYS);
        keys.addAll(invoiceActions.keySet());

        int index = 0;
        Utterance lead = speech.invoiceCount(invoices.size()).then(speech.invoice(invoices.get(index), today));
        while (true) {
            Optional<Character> choice = reader.read(channel, lead.then(choices), choices, keys);
            if (choice.isEmpty()) {
                handOff.transferBecause(channel, MenuPrompts.TOO_MANY_FAILURES);
                return Next.CALL_ENDED;
            }
            char key = choice.get();
            switch (key) {
                case Menu.BACK -> {
                    return Next.MENU;
                }
                case NEXT -> lead = index + 1 < invoices.size()
                        ? speech.invoice(invoices.get(++index), today)
                        : Utterance.of(MenuPrompts.INVOICES_LAST);
                case PREVIOUS -> lead = index > 0
                        ? speech.invoice(invoices.get(--index), today)
                        : Utterance.of(MenuPrompts.INVOICES_FIRST);
                case Menu.REPEAT -> lead = speech.invoice(invoices.get(index), today);
                default -> {
                    // Every other key the reader accepts is an invoice action's key.
                    InvoiceAction action = Objects.requireNonNull(invoiceActions.get(key),
                            () -> "no action for key " + key);
                    Next next = action.run(channel, caller, invoices.get(index));
                    if (next == Next.BACK) {
                        return Next.MENU;
                    }
                    if (next == Next.CALL_ENDED) {
                        return next;
                    }
                    lead = speech.invoice(invoices.get(index), today);
                }
            }
        }
    }

    private Utterance choices() {
        Utterance choices = Utterance.of(MenuPrompts.INVOICES_NAVIGATION);
        for (String promptKey : invoiceActionPrompts.values()) {
            choices = choices.then(promptKey);
        }
        return choices;
    }
}
