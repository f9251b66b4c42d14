package org.ledgerline.ivr;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Holds the dependency lines of STYLE.md: features know ports, adapters know features, nothing knows app. */
@AnalyzeClasses(packages = "org.ledgerline",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestJars.class})
class ArchitectureTest {

    /** The storage test-jar (shared fixtures) is test code too, whatever its file name. */
    static final class NoTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar") && !location.contains("/test-classes/");
        }
    }

    private static final String[] FEATURES = {
            "org.ledgerline.ivr.call..",
            "org.ledgerline.ivr.menu..",
            "org.ledgerline.ivr.account..",
            "org.ledgerline.ivr.prompt..",
            "org.ledgerline.ivr.payment..",
            "org.ledgerline.ivr.promise..",
            "org.ledgerline.ivr.dispute..",
            "org.ledgerline.ivr.recording..",
            "org.ledgerline.ivr.transcription..",
            "org.ledgerline.ivr.compliance..",
            "org.ledgerline.ivr.collector..",
            "org.ledgerline.ivr.credit..",
            "org.ledgerline.ivr.user.."
    };

    @ArchTest
    static final ArchRule featuresDoNotKnowAdaptersOrVertx = noClasses()
            .that().resideInAnyPackage(FEATURES)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.ledgerline.ivr.telephony..",
                    "org.ledgerline.ivr.http..",
                    "org.ledgerline.ivr.cluster..",
                    "org.ledgerline.ivr.app..",
                    "io.vertx..",
                    "org.asteriskjava..")
            .because("call flows are plain Java against ports, runnable over any adapter and in tests");

    @ArchTest
    static final ArchRule nothingImportsTheApp = noClasses()
            .that().resideOutsideOfPackage("org.ledgerline.ivr.app..")
            .should().dependOnClassesThat().resideInAPackage("org.ledgerline.ivr.app..")
            .because("app is the only place that wires adapters together");

    @ArchTest
    static final ArchRule storageKnowsNothingOfCalls = noClasses()
            .that().resideInAPackage("org.ledgerline.storage..")
            .should().dependOnClassesThat().resideInAnyPackage("org.ledgerline.ivr..", "io.vertx..")
            .because("the ledger is plain Java + JDBC and outlives any telephony choice");

    @ArchTest
    static final ArchRule adaptersDoNotDependOnEachOther = noClasses()
            .that().resideInAPackage("org.ledgerline.ivr.telephony..")
            .should().dependOnClassesThat().resideInAnyPackage("org.ledgerline.ivr.http..", "org.ledgerline.ivr.menu..")
            .because("telephony implements the call port; it routes calls by name, not by knowing flows");

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices()
            .matching("org.ledgerline.(**)")
            .should().beFreeOfCycles();
}
