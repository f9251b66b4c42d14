package org.ledgerline.ivr.telephony.ami;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.asteriskjava.manager.action.PingAction;
import org.asteriskjava.manager.response.ManagerResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.simulator.ami.AmiAccount;
import org.ledgerline.ivr.simulator.ami.AmiEmulator;

/** The AMI connection against the emulator over real TCP: login, failure reports, reconnect. */
class AmiConnectionIT {
    private static final String SECRET = "Tr0ub4dor-and-3";
    private static final Duration WAIT = Duration.ofSeconds(20);
    private AmiEmulator emulator;

    @BeforeEach
    void start() throws IOException {
        emulator = newEmulator().start(0);
    }

    @AfterEach
    void stop() throws IOException {
        emulator.close();
    }

    private static AmiEmulator newEmulator() {
        AmiEmulator fresh = new AmiEmulator(List.of(AmiAccount.ledgerline("ledgerline", SECRET)));
        fresh.loginFailureDelay(Duration.ZERO);
        return fresh;
    }

    private AmiSettings settings(int port, String secret) {
        return new AmiSettings("127.0.0.1", port, "ledgerline", secret, Duration.ofSeconds(2));
    }

    @Test
    void logsInWithAnMd5ChallengeAndAsksForCallEventsOnly() throws InterruptedException {
        try (AmiConnection ami = new AmiConnection(settings(emulator.port(), SECRET))) {
            ami.open();

            assertThat(ami.isConnected()).isTrue();
            var login = emulator.awaitAction(a -> a.name().equals("Login"), WAIT).orElseThrow();
            assertThat(login.header("AuthType")).contains("MD5");
            assertThat(login.header("Secret")).isEmpty();
            assertThat(login.header("Events")).contains("call");
            ManagerResponse pong = ami.send(new PingAction());
            assertThat(pong.getResponse()).isEqualTo("Success");
        }
    }

    @Test
    void reportsARefusedLoginClearlyWithoutTheSecret() {
        String wrongSecret = "not-the-secret-42";
        try (AmiConnection ami = new AmiConnection(settings(emulator.port(), wrongSecret))) {
            assertThatThrownBy(ami::open)
                    .isInstanceOf(AmiLoginException.class)
                    .hasMessageContaining("refused the login of user 'ledgerline'")
                    .hasMessageContaining("Authentication failed")
                    .hasMessageNotContaining(wrongSecret);
            assertThat(ami.isConnected()).isFalse();
        }
    }

    @Test
    void reportsAnUnreachableServer() throws IOException {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        try (AmiConnection ami = new AmiConnection(settings(closedPort, SECRET))) {
            assertThatThrownBy(ami::open).isInstanceOf(AmiLoginException.class)
                    .hasMessageContaining("Cannot reach AMI at 127.0.0.1:" + closedPort);
        }
    }

    @Test
    void opensInTheBackgroundOnceAsteriskComesUp() throws IOException, InterruptedException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        try (AmiConnection ami = new AmiConnection(settings(port, SECRET))) {
            ami.openInBackground(Duration.ofMillis(50));
            AmiEmulator late = newEmulator().start(port);
            try {
                assertThat(ami.awaitConnected(WAIT)).isTrue();
                assertThat(late.awaitLogins(1, WAIT)).isTrue();
            } finally {
                late.close();
            }
        }
    }

    @Test
    void refusesToSendBeforeLogin() {
        try (AmiConnection ami = new AmiConnection(settings(emulator.port(), SECRET))) {
            assertThatThrownBy(() -> ami.send(new PingAction())).isInstanceOf(AmiNotConnectedException.class);
        }
    }

    @Test
    void reconnectsAfterAsteriskRestarts() throws IOException, InterruptedException {
        int port = emulator.port();
        try (AmiConnection ami = new AmiConnection(settings(port, SECRET))) {
            ami.open();
            emulator.close();
            emulator = newEmulator().start(port);

            assertThat(emulator.awaitLogins(1, WAIT)).isTrue();
            assertThat(ami.awaitConnected(WAIT)).isTrue();
            assertThat(ami.send(new PingAction()).getResponse()).isEqualTo("Success");
        }
    }
}
