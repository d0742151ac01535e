package org.ouraviewer;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The architecture's rules, checked on the compiled classes (test classes left out): layers first, then
 * features (README, "Project layout"). A rule broken here names the class and the dependency that breaks it.
 */
class ArchitectureTest {
    private static final String UI = "org.ouraviewer.ui";
    /** The features of the window: none of them reaches into another. */
    private static final List<String> FEATURES = List.of("calendar", "night", "tags", "workouts", "fetch", "trends",
            "nights");
    /**
     * What features may use: the shared state, dialogs and helpers ({@code common}), the table widgets, and
     * the chart widgets (canvas painter, zoom gestures, range control, picture export).
     */
    private static final List<String> SHARED = List.of("common", "table", "chart");
    /** The window itself, which wires the features together. */
    private static final String MAIN = "main";

    /** The app's compiled classes only (scanning the whole class path for the package takes seconds). */
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importLocations(List.of(Location.of(Main.class.getProtectionDomain().getCodeSource().getLocation())));

    @Test
    void nothingBelowTheUiUsesJavaFx() {
        noClasses().that().resideOutsideOfPackage(UI + "..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..", "org.controlsfx..")
                .because("model, io, fetch, chart, text, log and cli run headless, without a display")
                .check(CLASSES);
    }

    @Test
    void nothingBelowTheUiUsesTheUi() {
        noClasses().that().resideOutsideOfPackage(UI + "..").and().doNotHaveFullyQualifiedName("org.ouraviewer.Main")
                .should().dependOnClassesThat().resideInAPackage(UI + "..")
                .because("only the launcher opens the window")
                .check(CLASSES);
    }

    @Test
    void onlyIconsUsesTheIconPacks() {
        noClasses().that().doNotHaveFullyQualifiedName(UI + ".common.Icons")
                .should().dependOnClassesThat().resideInAPackage("org.kordamp.ikonli..")
                .because("icons come from the Icons enum, whose nodes the theme colours")
                .check(CLASSES);
    }

    @Test
    void theModelUsesNothingOfOurs() {
        noClasses().that().resideInAPackage("org.ouraviewer.model..")
                .should().dependOnClassesThat(resideInAPackage("org.ouraviewer..")
                        .and(not(resideInAPackage("org.ouraviewer.model.."))))
                .because("the model is the bottom layer: records and arrays, read by everything else")
                .check(CLASSES);
    }

    @Test
    void aFeatureDoesNotReachIntoAnotherFeature() {
        for (String feature : FEATURES) {
            String[] others = FEATURES.stream().filter(f -> !f.equals(feature)).map(f -> UI + "." + f + "..")
                    .toArray(String[]::new);
            noClasses().that().resideInAPackage(UI + "." + feature + "..")
                    .should().dependOnClassesThat(resideInAnyPackage(others).or(resideInAPackage(UI + "." + MAIN + "..")))
                    .because("features talk through AppModel and ViewContext; only ui.main wires them")
                    .check(CLASSES);
        }
    }

    @Test
    void theSharedPackagesKnowNoFeatureExceptThroughTheTabRegistrations() {
        String[] features = FEATURES.stream().map(f -> UI + "." + f + "..").toArray(String[]::new);
        for (String shared : SHARED) {
            noClasses().that().resideInAPackage(UI + "." + shared + "..")
                    .and().doNotHaveFullyQualifiedName(UI + ".common.MainTab")
                    .should().dependOnClassesThat(resideInAnyPackage(features).or(resideInAPackage(UI + "." + MAIN + "..")))
                    .because("MainTab is the one list of the tabs' views; everything else in it serves every feature")
                    .check(CLASSES);
        }
    }

    /** A new package under ui must be named here as a feature or a shared one, so the rules above cover it. */
    @Test
    void everyUiPackageIsAFeatureOrShared() {
        Set<String> packages = new TreeSet<>();
        for (JavaClass c : CLASSES) {
            String p = c.getPackageName();
            if (p.startsWith(UI + ".")) {
                packages.add(p.substring(UI.length() + 1).split("\\.")[0]);
            }
        }
        Set<String> known = new TreeSet<>(FEATURES);
        known.addAll(SHARED);
        known.add(MAIN);
        assertEquals(known, packages);
    }
}
