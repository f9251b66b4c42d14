package org.ledgerline.ivr;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.jspecify.annotations.NullMarked;

/**
 * NullAway checks only packages marked {@code @NullMarked} in their {@code package-info.java}; a new
 * package without it would compile unchecked, silently. This keeps every production package marked.
 */
@AnalyzeClasses(packages = "org.ledgerline",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestJars.class})
class NullMarkedPackagesTest {

    @ArchTest
    static final ArchRule everyProductionPackageIsNullMarked = classes()
            .should(resideInANullMarkedPackage())
            .because("NullAway skips a package without @NullMarked in its package-info.java");

    private static ArchCondition<JavaClass> resideInANullMarkedPackage() {
        return new ArchCondition<>("reside in a @NullMarked package") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                boolean marked = type.getPackage().isAnnotatedWith(NullMarked.class);
                events.add(new SimpleConditionEvent(type, marked, "package " + type.getPackageName()
                        + " of " + type.getSimpleName() + (marked ? " is" : " is not") + " @NullMarked"));
            }
        };
    }
}
