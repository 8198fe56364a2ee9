package io.candypanel.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Guards the rules against passing vacuously: every layer they speak of must actually be imported. */
class ImportedClassesTest {

    @Test
    void everyModuleIsOnTheAnalysedClasspath() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages(HexagonalArchitectureTest.BASE);
        for (String layer : List.of("domain", "application", "adapter.http", "adapter.persistence", "adapter.wireguard",
                "adapter.inmemory", "bootstrap")) {
            String prefix = HexagonalArchitectureTest.BASE + "." + layer + ".";
            long count = classes.stream().filter(c -> c.getName().startsWith(prefix)).count();
            assertTrue(count >= 5, "expected classes of " + prefix + " to be analysed, found " + count);
        }
        assertTrue(classes.contain("io.candypanel.application.core.CandyPanelCore"), "the embeddable entry point is analysed");
    }
}
