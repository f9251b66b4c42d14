package org.ledgerline.ivr.app;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.ledgerline.ivr.config.ConfigException;
import org.ledgerline.ivr.config.ConfigLoader;
import org.ledgerline.ivr.config.LedgerLineConfig;
import org.ledgerline.ivr.user.UserAdministration;
import org.ledgerline.ivr.user.WeakPasswordException;
import org.ledgerline.storage.jdbc.StorageException;
import org.ledgerline.storage.user.BackOfficeUser;
import org.ledgerline.storage.user.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ledgerline users add|passwd|disable|list}: back-office users from the command line, on the
 * configured ledger (the embedded one included: stop the node first, it holds the data directory).
 * Passwords are read from the terminal without echo, or one line from standard input with
 * {@code --password-stdin}; never from an argument, which would end up in shell history and
 * {@code ps}. Changes are audited with the actor {@code cli:<OS user>}.
 */
@Command(name = "users", mixinStandardHelpOptions = true, description = "Manage back-office users.",
        subcommands = {UsersCommand.Add.class, UsersCommand.Passwd.class, UsersCommand.Disable.class,
                UsersCommand.ListUsers.class, UsersCommand.CallerId.class})
final class UsersCommand {
    /** Exit status of a refused change (bad input, weak password, unknown or taken user). */
    static final int REFUSED = 1;
    /** Exit status of a configuration or ledger problem. */
    static final int FAILED = 2;

    @Option(names = "--config", description = "JSON file overriding the defaults (see README)")
    Path configFile;

    @Spec
    CommandSpec spec;

    private final InputStream stdin;
    private final @Nullable Console console;

    UsersCommand(InputStream stdin, @Nullable Console console) {
        this.stdin = stdin;
        this.console = console;
    }

    /** Opens the configured ledger, runs {@code work} on the user administration, closes the ledger. */
    int withUsers(Function<UserAdministration, Integer> work) {
        PrintWriter err = spec.commandLine().getErr();
        LedgerLineConfig config;
        try {
            config = ConfigLoader.load(Optional.ofNullable(configFile));
        } catch (ConfigException e) {
            err.println("ledgerline: configuration error: " + e.getMessage());
            return FAILED;
        }
        try (OpenLedger opened = OpenLedger.open(config.database())) {
            return work.apply(UserWiring.administration(opened.ledger(), UserWiring.settings(config.auth())));
        } catch (WeakPasswordException e) {
            err.println("ledgerline: password refused: " + e.getMessage());
            return REFUSED;
        } catch (IllegalArgumentException e) {
            err.println("ledgerline: " + e.getMessage());
            return REFUSED;
        } catch (StorageException e) {
            err.println("ledgerline: " + e.getMessage());
            return e.getClass() == StorageException.class ? FAILED : REFUSED;
        }
    }

    /** Reads a new password: twice from the terminal (they must match), or one line from standard input. */
    String readNewPassword(boolean fromStdin) {
        if (fromStdin) {
            try {
                String line = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)).readLine();
                if (line == null || line.isEmpty()) {
                    throw new IllegalArgumentException("no password on standard input");
                }
                return line;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the password from standard input", e);
            }
        }
        if (console == null) {
            throw new IllegalArgumentException("no terminal to ask for the password; pipe it in with --password-stdin");
        }
        char[] first = console.readPassword("New password: ");
        char[] second = console.readPassword("Repeat it: ");
        try {
            if (first == null || second == null || !Arrays.equals(first, second)) {
                throw new IllegalArgumentException("the two passwords differ");
            }
            return new String(first);
        } finally {
            if (first != null) {
                Arrays.fill(first, '\0');
            }
            if (second != null) {
                Arrays.fill(second, '\0');
            }
        }
    }

    static String actor() {
        return "cli:" + System.getProperty("user.name", "unknown");
    }

    /** What every subcommand is: one run on the user administration of the opened ledger, printing to out. */
    abstract static class Subcommand implements Callable<Integer> {
        @ParentCommand
        UsersCommand users;

        @Override
        public final Integer call() {
            return users.withUsers(admin -> {
                run(admin, users.spec.commandLine().getOut());
                return 0;
            });
        }

        /** The subcommand's change or listing; its refusals are exceptions {@link UsersCommand#withUsers} reports. */
        abstract void run(UserAdministration admin, PrintWriter out);
    }

    /** {@code users add}. */
    @Command(name = "add", mixinStandardHelpOptions = true, description = "Create a user (the password is asked for).")
    static final class Add extends Subcommand {
        @Parameters(index = "0", description = "username: lower-case letters, digits, '.', '_', '-'")
        String username;

        @Option(names = "--role", required = true, split = ",",
                description = "admin, credit_manager, collector or auditor; repeat or separate with commas")
        List<String> roles = new ArrayList<>();

        @Option(names = "--name", description = "display name (default: the username)")
        String displayName;

        @Option(names = "--endpoint", description = "a collector's desk phone, e.g. PJSIP/2001")
        String endpoint;

        @Option(names = "--caller-id",
                description = "the caller ID the collector's extension presents, e.g. 2001 (digits, + allowed)")
        String callerId;

        @Option(names = "--password-stdin", description = "read the password as one line from standard input")
        boolean passwordStdin;

        @Override
        void run(UserAdministration admin, PrintWriter out) {
            Set<Role> parsed = EnumSet.noneOf(Role.class);
            for (String role : roles) {
                parsed.add(Role.fromDbName(role.strip().toLowerCase(Locale.ROOT)));
            }
            String password = users.readNewPassword(passwordStdin);
            BackOfficeUser user = admin.add(username, displayName, password, parsed, Optional.ofNullable(endpoint),
                    Optional.ofNullable(callerId), actor());
            out.println("Created " + user.username() + " with roles " + names(user));
        }
    }

    /** {@code users passwd}. */
    @Command(name = "passwd", mixinStandardHelpOptions = true,
            description = "Set a user's password; lifts a lock and ends their sessions.")
    static final class Passwd extends Subcommand {
        @Parameters(index = "0", description = "username")
        String username;

        @Option(names = "--password-stdin", description = "read the password as one line from standard input")
        boolean passwordStdin;

        @Override
        void run(UserAdministration admin, PrintWriter out) {
            String password = users.readNewPassword(passwordStdin);
            admin.changePassword(username, password, actor());
            out.println("Password changed for " + username + "; their sessions have ended");
        }
    }

    /** {@code users disable}. */
    @Command(name = "disable", mixinStandardHelpOptions = true, description = "Disable a user and end their sessions.")
    static final class Disable extends Subcommand {
        @Parameters(index = "0", description = "username")
        String username;

        @Override
        void run(UserAdministration admin, PrintWriter out) {
            admin.disable(username, actor());
            out.println("Disabled " + username + "; their sessions have ended");
        }
    }

    /** {@code users caller-id}. */
    @Command(name = "caller-id", mixinStandardHelpOptions = true,
            description = "Set (or with --clear remove) the caller ID a collector's extension presents.")
    static final class CallerId extends Subcommand {
        @Parameters(index = "0", description = "username")
        String username;

        @Parameters(index = "1", arity = "0..1", description = "the caller ID, e.g. 2001 (digits, + allowed)")
        String callerId;

        @Option(names = "--clear", description = "remove the caller ID")
        boolean clear;

        @Override
        void run(UserAdministration admin, PrintWriter out) {
            if (clear == (callerId != null)) {
                throw new IllegalArgumentException("give either a caller ID or --clear");
            }
            admin.setCallerId(username, Optional.ofNullable(callerId), actor());
            out.println(callerId == null
                    ? "Removed the caller ID of " + username
                    : "Caller ID of " + username + " is now " + callerId.strip());
        }
    }

    /** {@code users list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List users and their roles.")
    static final class ListUsers extends Subcommand {
        @Override
        void run(UserAdministration admin, PrintWriter out) {
            out.printf("%-20s %-8s %-30s %-12s %-14s %s%n", "USERNAME", "ACTIVE", "ROLES", "ENDPOINT", "CALLER ID",
                    "DISPLAY NAME");
            for (BackOfficeUser user : admin.list()) {
                out.printf("%-20s %-8s %-30s %-12s %-14s %s%n", user.username(), user.active() ? "yes" : "no",
                        names(user), user.endpoint().orElse("-"), user.callerId().orElse("-"), user.displayName());
            }
        }
    }

    private static String names(BackOfficeUser user) {
        return String.join(",", user.roles().stream().map(Role::dbName).sorted().toList());
    }
}
