package org.ledgerline.ivr.collector;

import java.util.List;
import java.util.Optional;
import org.ledgerline.ivr.compliance.PhoneNumbers;
import org.ledgerline.storage.account.Account;
import org.ledgerline.storage.account.AccountRepository;
import org.ledgerline.storage.collector.CollectorAssignmentRepository;
import org.ledgerline.storage.contact.ContactDetailsRepository;

/**
 * {@link DebtorLookup} over the ledger: the customers' phone numbers, their accounts and the
 * collectors' assignments. A number shared by several accounts answers with the first (by account
 * number) that a collector is assigned to work, else the first account: the port does not say which
 * collector asks, so "the collector's worklist first" is read as "an account on a worklist first".
 * A click-to-dial's account ({@code LEDGERLINE_ACCOUNT}) is taken only when the dialled number is
 * one of that account holder's numbers.
 */
public final class LedgerDebtorLookup implements DebtorLookup {
    private final AccountRepository accounts;
    private final ContactDetailsRepository details;
    private final CollectorAssignmentRepository assignments;

    public LedgerDebtorLookup(AccountRepository accounts, ContactDetailsRepository details,
            CollectorAssignmentRepository assignments) {
        this.accounts = accounts;
        this.details = details;
        this.assignments = assignments;
    }

    @Override
    public Optional<Debtor> byPhoneNumber(String nanpDigits) {
        List<Account> found = accounts.findByPhoneNumber(nanpDigits);
        return found.stream().filter(account -> assignments.activeAssignmentOf(account.id()).isPresent())
                .findFirst()
                .or(() -> found.stream().findFirst())
                .map(LedgerDebtorLookup::debtor);
    }

    @Override
    public Optional<Debtor> byAccount(long accountId, String nanpDigits) {
        return accounts.findById(accountId)
                .filter(account -> details.phonesOf(account.customerId()).stream()
                        .anyMatch(phone -> PhoneNumbers.sameNumber(phone.phoneNumber(), nanpDigits)))
                .map(LedgerDebtorLookup::debtor);
    }

    private static Debtor debtor(Account account) {
        return new Debtor(account.customerId(), account.id());
    }
}
