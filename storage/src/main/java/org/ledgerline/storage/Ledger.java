package org.ledgerline.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.ledgerline.storage.account.AccountRepository;
import org.ledgerline.storage.account.JdbcAccountRepository;
import org.ledgerline.storage.alert.AlertRepository;
import org.ledgerline.storage.alert.JdbcAlertRepository;
import org.ledgerline.storage.audit.AuditLog;
import org.ledgerline.storage.audit.JdbcAuditLog;
import org.ledgerline.storage.call.CallRepository;
import org.ledgerline.storage.call.JdbcCallRepository;
import org.ledgerline.storage.collector.CallRecordingRepository;
import org.ledgerline.storage.collector.CollectorAssignmentRepository;
import org.ledgerline.storage.collector.CollectorCallRepository;
import org.ledgerline.storage.collector.JdbcCallRecordingRepository;
import org.ledgerline.storage.collector.JdbcCollectorAssignmentRepository;
import org.ledgerline.storage.collector.JdbcCollectorCallRepository;
import org.ledgerline.storage.contact.CallAttemptRepository;
import org.ledgerline.storage.contact.ContactDetailsRepository;
import org.ledgerline.storage.contact.FlagRepository;
import org.ledgerline.storage.contact.InconvenientTimeRepository;
import org.ledgerline.storage.contact.JdbcCallAttemptRepository;
import org.ledgerline.storage.contact.JdbcContactDetailsRepository;
import org.ledgerline.storage.contact.JdbcFlagRepository;
import org.ledgerline.storage.contact.JdbcInconvenientTimeRepository;
import org.ledgerline.storage.customer.CustomerRepository;
import org.ledgerline.storage.customer.JdbcCustomerRepository;
import org.ledgerline.storage.dispute.DisputeRepository;
import org.ledgerline.storage.dispute.JdbcDisputeRepository;
import org.ledgerline.storage.invoice.InvoiceRepository;
import org.ledgerline.storage.invoice.JdbcInvoiceRepository;
import org.ledgerline.storage.jdbc.Jdbc;
import org.ledgerline.storage.jdbc.LedgerUnavailableException;
import org.ledgerline.storage.jdbc.SqlExceptionTranslator;
import org.ledgerline.storage.jdbc.StorageException;
import org.ledgerline.storage.jdbc.TransactionWork;
import org.ledgerline.storage.jdbc.Transactions;
import org.ledgerline.storage.mail.JdbcMailOutbox;
import org.ledgerline.storage.mail.MailOutbox;
import org.ledgerline.storage.payment.JdbcPaymentRepository;
import org.ledgerline.storage.payment.PaymentRepository;
import org.ledgerline.storage.promise.JdbcPromiseRepository;
import org.ledgerline.storage.promise.PromiseRepository;
import org.ledgerline.storage.recording.JdbcRecordingRepository;
import org.ledgerline.storage.recording.RecordingRepository;
import org.ledgerline.storage.transcription.JdbcRecordingPauseRepository;
import org.ledgerline.storage.transcription.JdbcTranscriptRepository;
import org.ledgerline.storage.transcription.JdbcTranscriptionJobRepository;
import org.ledgerline.storage.transcription.RecordingPauseRepository;
import org.ledgerline.storage.transcription.TranscriptRepository;
import org.ledgerline.storage.transcription.TranscriptionJobRepository;
import org.ledgerline.storage.user.ApiTokenRepository;
import org.ledgerline.storage.user.JdbcApiTokenRepository;
import org.ledgerline.storage.user.JdbcSessionRepository;
import org.ledgerline.storage.user.JdbcUserRepository;
import org.ledgerline.storage.user.SessionRepository;
import org.ledgerline.storage.user.UserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ledger as the application sees it: a migrated PostgreSQL schema behind a connection pool,
 * and the repositories over it. Thread-safe; open one per process and close it on shutdown.
 *
 * <p>The pool is tuned to fail fast: a caller waits at most {@link LedgerSettings#connectionTimeout()}
 * for a connection, after which the repositories throw {@link LedgerUnavailableException} so the
 * call can apologise and hand over to a person instead of hanging.
 */
public final class Ledger implements AutoCloseable, Transactions {
    private static final Logger LOG = LoggerFactory.getLogger(Ledger.class);
    private static final int REACHABILITY_QUERY_TIMEOUT_SECONDS = 2;
    /** A query that runs longer than this on a vanished server is abandoned instead of hanging a call. */
    private static final int SOCKET_TIMEOUT_SECONDS = 30;

    private final HikariDataSource dataSource;
    private final Jdbc jdbc;
    private final AuditLog audit;
    private final CustomerRepository customers;
    private final AccountRepository accounts;
    private final InvoiceRepository invoices;
    private final CallRepository calls;
    private final PaymentRepository payments;
    private final PromiseRepository promises;
    private final DisputeRepository disputes;
    private final RecordingRepository recordings;
    private final AlertRepository alerts;
    private final MailOutbox mailOutbox;
    private final UserRepository users;
    private final SessionRepository sessions;
    private final ApiTokenRepository apiTokens;
    private final CallAttemptRepository callAttempts;
    private final FlagRepository flags;
    private final InconvenientTimeRepository inconvenientTimes;
    private final ContactDetailsRepository contactDetails;
    private final CollectorAssignmentRepository collectorAssignments;
    private final CollectorCallRepository collectorCalls;
    private final CallRecordingRepository callRecordings;
    private final TranscriptionJobRepository transcriptionJobs;
    private final TranscriptRepository transcripts;
    private final RecordingPauseRepository recordingPauses;

    private Ledger(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new Jdbc(dataSource);
        JdbcAuditLog auditLog = new JdbcAuditLog(jdbc);
        this.audit = auditLog;
        this.customers = new JdbcCustomerRepository(jdbc);
        this.accounts = new JdbcAccountRepository(jdbc, auditLog);
        this.invoices = new JdbcInvoiceRepository(jdbc);
        this.calls = new JdbcCallRepository(jdbc);
        this.payments = new JdbcPaymentRepository(jdbc, auditLog);
        this.alerts = new JdbcAlertRepository(jdbc);
        this.promises = new JdbcPromiseRepository(jdbc, auditLog, alerts);
        this.disputes = new JdbcDisputeRepository(jdbc, auditLog);
        this.recordings = new JdbcRecordingRepository(jdbc);
        this.mailOutbox = new JdbcMailOutbox(jdbc, alerts);
        this.users = new JdbcUserRepository(jdbc, auditLog);
        this.sessions = new JdbcSessionRepository(jdbc, auditLog);
        this.apiTokens = new JdbcApiTokenRepository(jdbc, auditLog);
        this.callAttempts = new JdbcCallAttemptRepository(jdbc);
        this.flags = new JdbcFlagRepository(jdbc, auditLog);
        this.inconvenientTimes = new JdbcInconvenientTimeRepository(jdbc);
        this.contactDetails = new JdbcContactDetailsRepository(jdbc);
        this.collectorAssignments = new JdbcCollectorAssignmentRepository(jdbc, auditLog);
        this.collectorCalls = new JdbcCollectorCallRepository(jdbc);
        this.callRecordings = new JdbcCallRecordingRepository(jdbc);
        this.transcriptionJobs = new JdbcTranscriptionJobRepository(jdbc);
        this.transcripts = new JdbcTranscriptRepository(jdbc);
        this.recordingPauses = new JdbcRecordingPauseRepository(jdbc);
    }

    /**
     * Connects, applies pending migrations and returns the ledger.
     *
     * @throws LedgerUnavailableException the database cannot be reached within the connection timeout
     * @throws StorageException the schema could not be migrated
     */
    public static Ledger open(LedgerSettings settings) {
        HikariDataSource dataSource = createPool(settings);
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            dataSource.close();
            throw migrationFailure(settings, e);
        }
        LOG.info("Ledger open at {}", settings.redactedJdbcUrl());
        return new Ledger(dataSource);
    }

    public CustomerRepository customers() {
        return customers;
    }

    public AccountRepository accounts() {
        return accounts;
    }

    public InvoiceRepository invoices() {
        return invoices;
    }

    public CallRepository calls() {
        return calls;
    }

    /** Card payments taken by phone, posted exactly once per idempotency key. */
    public PaymentRepository payments() {
        return payments;
    }

    /** Promises to pay and the job that settles them. */
    public PromiseRepository promises() {
        return promises;
    }

    /** Disputes of invoices, for the phone flow and the back office. */
    public DisputeRepository disputes() {
        return disputes;
    }

    /** Recordings of calls and of callers' descriptions. */
    public RecordingRepository recordings() {
        return recordings;
    }

    /** Alerts for the back office. */
    public AlertRepository alerts() {
        return alerts;
    }

    /** Outgoing email, queued in the transaction of the change that causes it. */
    public MailOutbox mailOutbox() {
        return mailOutbox;
    }

    /** Back-office users, their roles, sign-in counters and locks. */
    public UserRepository users() {
        return users;
    }

    /** Back-office sessions (server-side, so any node can serve any browser). */
    public SessionRepository sessions() {
        return sessions;
    }

    /** API tokens of machine clients. */
    public ApiTokenRepository apiTokens() {
        return apiTokens;
    }

    /** Every call about a debt with its outcome: what the call-frequency rule counts. */
    public CallAttemptRepository callAttempts() {
        return callAttempts;
    }

    /** Flags that stop calls, with their history; setting and clearing are audited. */
    public FlagRepository flags() {
        return flags;
    }

    /** Times customers said are inconvenient for calls. */
    public InconvenientTimeRepository inconvenientTimes() {
        return inconvenientTimes;
    }

    /** Customers' phone numbers with type and area-code zones, and their address's state and zone. */
    public ContactDetailsRepository contactDetails() {
        return contactDetails;
    }

    /** Which collector works which account. */
    public CollectorAssignmentRepository collectorAssignments() {
        return collectorAssignments;
    }

    /** Records of collector calls with the gate's decision. */
    public CollectorCallRepository collectorCalls() {
        return collectorCalls;
    }

    /** Recordings of collector calls per leg, queued for transcription. */
    public CallRecordingRepository callRecordings() {
        return callRecordings;
    }

    /** The durable transcription queue; completing a job stores its transcript. */
    public TranscriptionJobRepository transcriptionJobs() {
        return transcriptionJobs;
    }

    /** Stored transcripts and their per-speaker segments. */
    public TranscriptRepository transcripts() {
        return transcripts;
    }

    /** Card-capture pauses of recordings, which no transcript segment may overlap. */
    public RecordingPauseRepository recordingPauses() {
        return recordingPauses;
    }

    public AuditLog audit() {
        return audit;
    }

    /** The pooled data source, for repositories added by later features and for the seeder. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** The JDBC helper the repositories share; new repositories take it in their constructor. */
    public Jdbc jdbc() {
        return jdbc;
    }

    /** Runs several repository calls in one transaction (see {@link Jdbc#inTransaction}). */
    @Override
    public <T> T inTransaction(String operation, TransactionWork<T> work) {
        return jdbc.inTransaction(operation, work);
    }

    /**
     * Whether a {@code SELECT 1} succeeds now, waiting at most the connection timeout for a
     * connection and two seconds for the answer. Never throws: this feeds the readiness probe.
     */
    public boolean isReachable() {
        if (dataSource.isClosed()) {
            return false;
        }
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(REACHABILITY_QUERY_TIMEOUT_SECONDS);
            try (ResultSet row = statement.executeQuery("select 1")) {
                return row.next();
            }
        } catch (SQLException e) {
            LOG.debug("Ledger not reachable (SQLState {})", e.getSQLState());
            return false;
        }
    }

    /** Closes the pool; later repository calls throw {@link LedgerUnavailableException}. */
    @Override
    public void close() {
        dataSource.close();
    }

    private static HikariDataSource createPool(LedgerSettings settings) {
        long timeoutMillis = settings.connectionTimeout().toMillis();
        HikariConfig config = new HikariConfig();
        config.setPoolName("ledger");
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.maxPoolSize());
        config.setConnectionTimeout(timeoutMillis);
        // Hikari silently raises a validation timeout above the connection timeout to 5 s; keep it under.
        config.setValidationTimeout(Math.max(LedgerSettings.MIN_CONNECTION_TIMEOUT.toMillis(), timeoutMillis / 2));
        // Fail open() at once when the database is down rather than handing out a pool that never connects.
        config.setInitializationFailTimeout(1);
        // The driver must not echo row values (e.g. a duplicate idempotency key) into exception messages.
        config.addDataSourceProperty("logServerErrorDetail", "false");
        config.addDataSourceProperty("connectTimeout", Long.toString(Math.max(1, (timeoutMillis + 999) / 1000)));
        config.addDataSourceProperty("socketTimeout", Integer.toString(SOCKET_TIMEOUT_SECONDS));
        config.addDataSourceProperty("tcpKeepAlive", "true");
        config.addDataSourceProperty("ApplicationName", "ledgerline");
        try {
            return new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            throw new LedgerUnavailableException(
                    "Cannot reach the ledger database at " + settings.redactedJdbcUrl() + " as " + settings.user(), e);
        }
    }

    private static StorageException migrationFailure(LedgerSettings settings, FlywayException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && SqlExceptionTranslator.isConnectionFailure(sql)) {
                return new LedgerUnavailableException(
                        "Lost the ledger database at " + settings.redactedJdbcUrl() + " while migrating", e);
            }
        }
        return new StorageException("Ledger schema migration failed at " + settings.redactedJdbcUrl(), e);
    }
}
