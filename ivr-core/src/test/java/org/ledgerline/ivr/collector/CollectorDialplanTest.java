package org.ledgerline.ivr.collector;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.prompt.PromptCatalog;

/**
 * The shipped dialplan against the gate: {@code [ledgerline-collectors]} asks the {@code gate} script,
 * reads the variables the flow sets, records and dials only after every check has passed, and plays
 * nothing but LedgerLine's own prompts.
 */
class CollectorDialplanTest {
    private static final Path DIALPLAN = Path.of("..", "dialplans", "extensions_ledgerline.conf");
    private static final Pattern OUR_PROMPT = Pattern.compile("\\$\\{LEDGERLINE_SOUNDS}/en/([a-z0-9-]+)");

    private static String file() throws IOException {
        return Files.readString(DIALPLAN);
    }

    /** The context's lines without comments, in order. */
    private static List<String> context(String name) throws IOException {
        List<String> lines = new ArrayList<>();
        boolean inside = false;
        for (String line : file().lines().toList()) {
            String code = line.strip();
            if (code.startsWith("[")) {
                inside = code.equals("[" + name + "]");
                continue;
            }
            if (inside && !code.isEmpty() && !code.startsWith(";")) {
                lines.add(code);
            }
        }
        return lines;
    }

    private static int firstLineWith(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no line with '" + text + "' in " + lines);
    }

    @Test
    void theCollectorsContextAsksTheGateWithTheDialledNumber() throws IOException {
        assertThat(context("ledgerline-collectors"))
                .anyMatch(line -> line.contains("AGI(${LEDGERLINE_AGI}/" + CollectorGateFlow.NAME + ",${EXTEN})"));
    }

    @Test
    void nothingIsRecordedOrDialledBeforeEveryCheckHasPassed() throws IOException {
        List<String> lines = context("ledgerline-collectors");
        int preset = firstLineWith(lines, "Set(" + CollectorGateFlow.GATE + "=DENY)");
        int agi = firstLineWith(lines, "AGI(");
        int lastCheck = Math.max(firstLineWith(lines, "${AGISTATUS}\" != \"SUCCESS\""),
                Math.max(firstLineWith(lines, "${AJ_AGISTATUS}\" != \"SUCCESS\""),
                        firstLineWith(lines, "${" + CollectorGateFlow.GATE + "}\" != \"ALLOW\"")));

        assertThat(preset).isLessThan(agi);
        assertThat(agi).isLessThan(lastCheck);
        for (int i = 0; i <= lastCheck; i++) {
            assertThat(lines.get(i)).doesNotContain("Dial(", "MixMonitor(");
        }
        assertThat(firstLineWith(lines, "MixMonitor(")).isLessThan(firstLineWith(lines, "Dial("));
    }

    @Test
    void theContextUsesEveryVariableTheGateSets() throws IOException {
        String context = String.join("\n", context("ledgerline-collectors"));

        for (String variable : List.of(CollectorGateFlow.GATE, CollectorGateFlow.REASON, CollectorGateFlow.ANNOUNCE,
                CollectorGateFlow.DIAL_NUMBER, CollectorGateFlow.CALL_REF)) {
            assertThat(context).contains("${" + variable + "}");
        }
    }

    @Test
    void theRecordingKeepsEachLegAndTheMixNamedAfterTheCall() throws IOException {
        String mixMonitor = context("ledgerline-collectors").get(
                firstLineWith(context("ledgerline-collectors"), "MixMonitor("));

        assertThat(mixMonitor).contains("${LEDGERLINE_CALL_REF}-mix.wav",
                "r(${LEDGERLINE_RECORDINGS}/${LEDGERLINE_CALL_REF}-collector.wav)",
                "t(${LEDGERLINE_RECORDINGS}/${LEDGERLINE_CALL_REF}-customer.wav)");
    }

    @Test
    void theAnnouncedDialPlaysOurAnnouncementToTheCustomer() throws IOException {
        assertThat(context("ledgerline-collectors")).anyMatch(line -> line.contains("Dial(")
                && line.contains("A(${LEDGERLINE_SOUNDS}/en/" + GatePrompts.RECORDING_ANNOUNCEMENT + ")"));
    }

    @Test
    void theDialTemplateIsFilledInAtDialTimeNotWhenTheDialplanLoads() throws IOException {
        List<String> globals = context("globals");

        assertThat(globals).filteredOn(line -> line.startsWith("LEDGERLINE_DIAL="))
                .singleElement().asString().contains("{NUMBER}").doesNotContain("${");
    }

    @Test
    void everySoundTheDialplanPlaysIsOneOfOurCatalogPrompts() throws IOException {
        PromptCatalog catalog = PromptCatalog.fromClasspath();
        Matcher matcher = OUR_PROMPT.matcher(file());
        List<String> keys = new ArrayList<>();
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }

        assertThat(keys).contains(GatePrompts.RECORDING_ANNOUNCEMENT, "collector-gate-reason-check-failed")
                .allMatch(catalog::contains);
        assertThat(context("ledgerline-collectors")).filteredOn(line -> line.contains("Playback("))
                .allMatch(line -> line.contains("Playback(${LEDGERLINE_SOUNDS}/"));
    }

    @Test
    void theCollectorAloneGetsThePromiseFeatureOnlyOnceTheGateHasAllowedTheCall() throws IOException {
        List<String> lines = context("ledgerline-collectors");
        int features = firstLineWith(lines, "DYNAMIC_FEATURES=");

        // No "_" or "__": the customer's outbound channel must not inherit the feature.
        assertThat(lines.get(features)).contains("Set(DYNAMIC_FEATURES=ledgerline-promise)");
        assertThat(features).isGreaterThan(firstLineWith(lines, "${" + CollectorGateFlow.GATE + "}\" != \"ALLOW\""))
                .isLessThan(firstLineWith(lines, "Dial("));
    }

    @Test
    void theFeatureRunsThePromiseScriptOnTheCollectorsOwnChannelAndReturnsToTheCall() throws IOException {
        List<String> applicationMap = Files.readString(Path.of("..", "dialplans", "features_ledgerline.conf"))
                .lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith(";")).toList();
        List<String> subroutine = context("ledgerline-collector-promise");

        assertThat(applicationMap).containsExactly("[applicationmap]",
                "ledgerline-promise => *7,self,Gosub(ledgerline-collector-promise,s,1),default");
        assertThat(subroutine)
                .anyMatch(line -> line.contains("AGI(${LEDGERLINE_AGI}/" + CollectorPromiseFlow.NAME + ")"));
        assertThat(subroutine.getLast()).endsWith("Return()");
        assertThat(String.join("\n", subroutine)).doesNotContain("Hangup(", "Goto", "Dial(", "Playback(");
    }
}
