package org.ledgerline.ivr.simulator.ami;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One {@code [user]} section of manager.conf: name, secret and the read/write permission classes.
 *
 * @param username the section name
 * @param secret the {@code secret =} value
 * @param read classes of events the user may receive
 * @param write classes of actions the user may run
 */
public record AmiAccount(String username, String secret, Set<AmiClass> read, Set<AmiClass> write) {

    public AmiAccount {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(secret, "secret");
        read = read.isEmpty() ? EnumSet.noneOf(AmiClass.class) : EnumSet.copyOf(read);
        write = write.isEmpty() ? EnumSet.noneOf(AmiClass.class) : EnumSet.copyOf(write);
    }

    /**
     * The least-privilege user LedgerLine ships in {@code dialplans/manager_ledgerline.conf}:
     * {@code read = call,agent} (no {@code dtmf}: DTMF events carry card digits) and
     * {@code write = call,originate,reporting} (reporting for CoreShowChannels).
     */
    public static AmiAccount ledgerline(String username, String secret) {
        return new AmiAccount(username, secret, EnumSet.of(AmiClass.CALL, AmiClass.AGENT),
                EnumSet.of(AmiClass.CALL, AmiClass.ORIGINATE, AmiClass.REPORTING));
    }

    /** A user with {@code read = all} and {@code write = all}, as many real installations have. */
    public static AmiAccount allPowerful(String username, String secret) {
        return new AmiAccount(username, secret, EnumSet.allOf(AmiClass.class), EnumSet.allOf(AmiClass.class));
    }

    /** Secrets never appear in a rendered account. */
    @Override
    public String toString() {
        return "AmiAccount[username=" + username + ", read=" + AmiClass.labels(read) + ", write="
                + AmiClass.labels(write) + "]";
    }
}
