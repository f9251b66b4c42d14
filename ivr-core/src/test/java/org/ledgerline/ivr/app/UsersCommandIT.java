package org.ledgerline.ivr.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ledgerline.ivr.user.Argon2idPasswordHasher;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.LedgerSettings;
import org.ledgerline.storage.audit.AuditEntry;
import org.ledgerline.storage.testing.TestLedgers;
import org.ledgerline.storage.user.BackOfficeUser;
import org.ledgerline.storage.user.JdbcUserRepository;
import org.ledgerline.storage.user.Role;
import picocli.CommandLine;

/** {@code ledgerline users ...} against a real ledger named in a config file, as an operator runs it. */
class UsersCommandIT {
    private static final String PASSWORD = "a sturdy first admin passphrase";

    @TempDir
    Path dir;

    private LedgerSettings database;
    private Path config;
    private Ledger ledger;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void setUp() throws IOException {
        database = TestLedgers.newDatabase();
        config = dir.resolve("node.json");
        Files.writeString(config, new JsonObject().put("database", new JsonObject()
                .put("url", database.jdbcUrl()).put("user", database.user()).put("password", database.password()))
                .encode());
        ledger = Ledger.open(database);
    }

    @AfterEach
    void tearDown() {
        ledger.close();
    }

    @Test
    void addsTheFirstAdminWithThePasswordFromStandardInputAndListsIt() {
        int status = run(PASSWORD + "\n", "users", "--config", config.toString(), "add", "Root.Admin", "--role",
                "admin,auditor",
                "--name", "Rita Root", "--password-stdin");

        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Created root.admin with roles admin,auditor");
        BackOfficeUser admin = ledger.users().findByUsername("root.admin").orElseThrow();
        assertThat(admin.roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.AUDITOR);
        assertThat(Argon2idPasswordHasher.STANDARD.verify(PASSWORD, admin.passwordHash())).isTrue();
        assertThat(admin.passwordHash()).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(audit("root.admin")).singleElement().satisfies(line -> {
            assertThat(line.action()).isEqualTo(JdbcUserRepository.USER_CREATED);
            assertThat(line.actor()).startsWith("cli:");
        });

        assertThat(run("", "users", "--config", config.toString(), "list")).isZero();
        assertThat(out.toString()).containsPattern("root\\.admin\\s+yes\\s+admin,auditor\\s+-\\s+-\\s+Rita Root");
        assertThat(out.toString() + err).doesNotContain(PASSWORD);
    }

    @Test
    void aCollectorsCallerIdIsSetAtCreationChangedClearedAndAudited() {
        assertThat(run(PASSWORD + "\n", "users", "--config", config.toString(), "add", "collector8", "--role",
                "collector", "--endpoint", "PJSIP/2008", "--caller-id", "2008", "--password-stdin"))
                .as(err.toString()).isZero();
        assertThat(ledger.users().findByUsername("collector8").orElseThrow().callerId()).contains("2008");
        assertThat(ledger.users().findByCallerId("2008")).extracting(BackOfficeUser::username)
                .containsExactly("collector8");

        assertThat(run("", "users", "--config", config.toString(), "caller-id", "collector8", "+12125550108"))
                .as(err.toString()).isZero();
        assertThat(ledger.users().findByUsername("collector8").orElseThrow().callerId()).contains("+12125550108");
        assertThat(run("", "users", "--config", config.toString(), "list")).isZero();
        assertThat(out.toString()).containsPattern("collector8\\s+yes\\s+collector\\s+PJSIP/2008\\s+\\+12125550108");

        assertThat(run("", "users", "--config", config.toString(), "caller-id", "collector8", "not-a-number"))
                .isEqualTo(UsersCommand.REFUSED);
        assertThat(err.toString()).contains("caller ID must be");
        assertThat(run("", "users", "--config", config.toString(), "caller-id", "collector8", "--clear")).isZero();
        assertThat(ledger.users().findByUsername("collector8").orElseThrow().callerId()).isEmpty();
        assertThat(audit("collector8")).extracting(AuditEntry::action).containsExactly(JdbcUserRepository.USER_CREATED,
                JdbcUserRepository.USER_CALLER_ID_SET, JdbcUserRepository.USER_CALLER_ID_SET);
    }

    @Test
    void refusesAWeakPasswordSaysWhyAndCreatesNobody() {
        int status = run("password1234\n", "users", "--config", config.toString(), "add", "boss", "--role", "admin",
                "--password-stdin");

        assertThat(status).isEqualTo(UsersCommand.REFUSED);
        assertThat(err.toString()).contains("common passwords").doesNotContain("password1234");
        assertThat(ledger.users().anyExists()).isFalse();
    }

    @Test
    void neverTakesThePasswordAsAnArgumentAndWithoutATerminalAsksForStandardInput() {
        int asArgument = run("", "users", "--config", config.toString(), "add", "boss", "--role", "admin",
                "--password", PASSWORD);
        int noTerminal = run("", "users", "--config", config.toString(), "add", "boss", "--role", "admin");

        assertThat(asArgument).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(noTerminal).isEqualTo(UsersCommand.REFUSED);
        assertThat(err.toString()).contains("--password-stdin");
        assertThat(ledger.users().anyExists()).isFalse();
    }

    @Test
    void passwdSetsANewPasswordAndDisableShutsTheUserOut() {
        run(PASSWORD + "\n", "users", "--config", config.toString(), "add", "collector9", "--role", "collector",
                "--endpoint", "PJSIP/2009", "--password-stdin");
        String newPassword = "another sturdy passphrase";

        assertThat(run(newPassword + "\n", "users", "--config", config.toString(), "passwd", "collector9",
                "--password-stdin"))
                .as(err.toString()).isZero();
        BackOfficeUser changed = ledger.users().findByUsername("collector9").orElseThrow();
        assertThat(Argon2idPasswordHasher.STANDARD.verify(newPassword, changed.passwordHash())).isTrue();
        assertThat(changed.endpoint()).contains("PJSIP/2009");

        assertThat(run("", "users", "--config", config.toString(), "disable", "collector9")).isZero();
        assertThat(ledger.users().findByUsername("collector9").orElseThrow().active()).isFalse();
        assertThat(run("", "users", "--config", config.toString(), "disable", "nobody"))
                .isEqualTo(UsersCommand.REFUSED);
        assertThat(err.toString()).contains("No user 'nobody'");
        assertThat(audit("collector9")).extracting(AuditEntry::action).containsExactly(JdbcUserRepository.USER_CREATED,
                JdbcUserRepository.USER_PASSWORD_CHANGED, JdbcUserRepository.USER_DISABLED);
    }

    @Test
    void aFreshProductionNodeSaysInOneLineHowToCreateTheFirstAdmin() {
        List<ILoggingEvent> hints;
        try (NodeLogCapture logs = NodeLogCapture.from(Level.INFO);
                RunningServer node = RunningServer.on(TestLedgers.newDatabase(),
                        Map.of("ledgerline.database.seedDemoData", "false"))) {
            hints = logs.events().stream().filter(e -> e.getFormattedMessage().contains("users add")).toList();
            assertThat(node.server.ledger().users().anyExists()).isFalse();
        }

        assertThat(hints).singleElement().satisfies(e -> {
            assertThat(e.getLevel()).isEqualTo(Level.WARN);
            assertThat(e.getFormattedMessage()).contains("ledgerline users add <username> --role admin");
        });
    }

    private int run(String stdin, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.addSubcommand("users",
                new UsersCommand(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), null));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private List<AuditEntry> audit(String username) {
        return ledger.audit().findBySubject(JdbcUserRepository.SUBJECT, username);
    }
}
