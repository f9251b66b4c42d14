package org.ledgerline.ivr.testing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.ledgerline.storage.account.Account;
import org.ledgerline.storage.account.PinHasher;
import org.ledgerline.storage.customer.Customer;
import org.ledgerline.storage.invoice.Invoice;
import org.ledgerline.storage.invoice.InvoiceStatus;
import org.ledgerline.storage.jdbc.LedgerUnavailableException;
import org.ledgerline.storage.jdbc.TransactionWork;
import org.ledgerline.storage.jdbc.Transactions;

/**
 * An in-memory ledger for flow tests: the repositories over shared maps, builders for test data,
 * and a switch that takes the whole ledger down ({@link #goDown()}) so every repository call
 * throws {@link LedgerUnavailableException}, as the JDBC ones do when PostgreSQL is unreachable.
 */
public final class InMemoryLedger {
    /** Cheapest bcrypt cost: tests check PINs often and need no brute-force resistance. */
    public static final PinHasher PIN_HASHER = new PinHasher(4);

    final Map<Long, Customer> customers = new ConcurrentHashMap<>();
    final Map<Long, Account> accounts = new ConcurrentHashMap<>();
    final Map<Long, Invoice> invoices = new ConcurrentHashMap<>();
    private final AtomicBoolean down = new AtomicBoolean();
    private final AtomicLong ids = new AtomicLong(100);
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog(this);
    private final InMemoryAccountRepository accountRepository;
    private final InMemoryCustomerRepository customerRepository = new InMemoryCustomerRepository(this);
    private final InMemoryInvoiceRepository invoiceRepository = new InMemoryInvoiceRepository(this);
    private final InMemoryCallRepository callRepository = new InMemoryCallRepository(this);
    private final InMemoryRecordingRepository recordingRepository = new InMemoryRecordingRepository(this);
    private final InMemoryAlertRepository alertRepository;
    private final InMemoryPromiseRepository promiseRepository;
    private final InMemoryDisputeRepository disputeRepository;

    public InMemoryLedger(Clock clock) {
        this.accountRepository = new InMemoryAccountRepository(this, auditLog, clock);
        this.alertRepository = new InMemoryAlertRepository(this, clock);
        this.promiseRepository = new InMemoryPromiseRepository(this, alertRepository, clock);
        this.disputeRepository = new InMemoryDisputeRepository(this, clock);
    }

    public InMemoryPromiseRepository promises() {
        return promiseRepository;
    }

    public InMemoryDisputeRepository disputes() {
        return disputeRepository;
    }

    public InMemoryRecordingRepository recordings() {
        return recordingRepository;
    }

    /**
     * Transactions over the in-memory repositories: the work runs as is. Nothing is rolled back when
     * it throws (the maps have no undo), so atomicity is tested against PostgreSQL, not here.
     */
    public Transactions transactions() {
        return new Transactions() {
            @Override
            public <T> T inTransaction(String operation, TransactionWork<T> work) {
                requireUp();
                return work.run();
            }
        };
    }

    public InMemoryAlertRepository alerts() {
        return alertRepository;
    }

    /** The invoice as it is now (its status changes when it is disputed). */
    public Invoice invoice(long id) {
        return invoices.get(id);
    }

    public InMemoryAccountRepository accounts() {
        return accountRepository;
    }

    public InMemoryCustomerRepository customers() {
        return customerRepository;
    }

    public InMemoryInvoiceRepository invoices() {
        return invoiceRepository;
    }

    public InMemoryCallRepository calls() {
        return callRepository;
    }

    public InMemoryAuditLog auditLog() {
        return auditLog;
    }

    /** From now on every repository call fails as if PostgreSQL were unreachable. */
    public void goDown() {
        down.set(true);
    }

    public void comeBack() {
        down.set(false);
    }

    void requireUp() {
        if (down.get()) {
            throw new LedgerUnavailableException("ledger is down (test)", null);
        }
    }

    long nextId() {
        return ids.incrementAndGet();
    }

    // ---- test data -------------------------------------------------------------------------

    public Customer addCustomer(String name, String zone, String language, String... phoneNumbers) {
        Customer customer = new Customer(nextId(), name, "1 Test Street", ZoneId.of(zone), language,
                List.of(phoneNumbers));
        customers.put(customer.id(), customer);
        return customer;
    }

    public Account addAccount(Customer customer, String accountNumber, String pin) {
        Account account = new Account(nextId(), customer.id(), accountNumber, "USD", PIN_HASHER.hash(pin), 0, null);
        accounts.put(account.id(), account);
        return account;
    }

    /** Sets an account's counters directly, e.g. to start a test with a locked account. */
    public Account updateAccount(Account account) {
        accounts.put(account.id(), account);
        return account;
    }

    public Account account(long id) {
        return accounts.get(id);
    }

    public Invoice addInvoice(Account account, String number, String currency, String amount, String open,
            LocalDate due, InvoiceStatus status) {
        Invoice invoice = new Invoice(nextId(), account.id(), number, currency, new BigDecimal(amount),
                new BigDecimal(open),
                due.minusDays(30), due, status);
        invoices.put(invoice.id(), invoice);
        return invoice;
    }
}
