package org.ouraviewer;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import java.util.ArrayList;
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
    /**
     * The classes that may make threads of their own: the one factory, whose threads are named daemons that
     * report to the crash path (the window) or the log (a command). The window and the command line each make
     * it once and pass it down. Never to grow without a reason written beside the new entry.
     */
    static final List<String> THREAD_MAKERS = List.of("org.ouraviewer.work.AppThreads");
    /** The dialogs the window owns, made only behind its DialogService: the one implementation and the help. */
    static final List<String> DIALOG_MAKERS = List.of(UI + ".main.WindowDialogs", UI + ".main.HelpDialogs");

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
    void theThreadsUseNothingOfOurs() {
        noClasses().that().resideInAPackage("org.ouraviewer.work..")
                .should().dependOnClassesThat(resideInAPackage("org.ouraviewer..")
                        .and(not(resideInAPackage("org.ouraviewer.work.."))))
                .because("the one thread factory sits below every layer that runs work, so all of them can use it")
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
    void theSharedPackagesKnowNoFeature() {
        String[] features = FEATURES.stream().map(f -> UI + "." + f + "..").toArray(String[]::new);
        for (String shared : SHARED) {
            noClasses().that().resideInAPackage(UI + "." + shared + "..")
                    .should().dependOnClassesThat(resideInAnyPackage(features).or(resideInAPackage(UI + "." + MAIN + "..")))
                    .because("they serve every feature; the tabs are registered in ui.main (MainTab), above them")
                    .check(CLASSES);
        }
    }

    @Test
    void theLayersDependOnEachOtherWithoutCycles() {
        slices().matching("org.ouraviewer.(*)..").should().beFreeOfCycles()
                .because("each layer builds on those below it only").check(CLASSES);
    }

    @Test
    void thePackagesOfTheWindowDependOnEachOtherWithoutCycles() {
        slices().matching(UI + ".(*)..").should().beFreeOfCycles()
                .because("the window wires the features; the features use the shared packages; never back")
                .check(CLASSES);
    }

    /** The floors of the house (README, "Project layout"): a package uses those below it, never those above. */
    @Test
    void eachLayerUsesOnlyTheLayersBelowIt() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("model").definedBy("org.ouraviewer.model..")
                .layer("work").definedBy("org.ouraviewer.work..")
                .layer("io, text").definedBy("org.ouraviewer.io..", "org.ouraviewer.text..")
                .layer("fetch, metrics, log").definedBy("org.ouraviewer.fetch..", "org.ouraviewer.metrics..",
                        "org.ouraviewer.log..")
                .layer("chart").definedBy("org.ouraviewer.chart..")
                .layer("desktop").definedBy("org.ouraviewer.desktop..")
                .layer("ui").definedBy(UI + "..")
                .layer("cli").definedBy("org.ouraviewer.cli..")
                .layer("launcher").definedBy("org.ouraviewer")
                .whereLayer("launcher").mayNotBeAccessedByAnyLayer()
                .whereLayer("ui").mayOnlyBeAccessedByLayers("launcher")
                .whereLayer("cli").mayOnlyBeAccessedByLayers("launcher")
                .whereLayer("desktop").mayOnlyBeAccessedByLayers("ui", "launcher")
                .whereLayer("chart").mayOnlyBeAccessedByLayers("ui", "cli", "launcher")
                .whereLayer("fetch, metrics, log").mayOnlyBeAccessedByLayers("chart", "ui", "cli", "launcher")
                .whereLayer("io, text").mayOnlyBeAccessedByLayers("fetch, metrics, log", "chart", "desktop", "ui",
                        "cli", "launcher")
                .whereLayer("model").mayOnlyBeAccessedByLayers("io, text", "fetch, metrics, log", "chart", "ui", "cli",
                        "launcher")
                .whereLayer("work").mayOnlyBeAccessedByLayers("io, text", "fetch, metrics, log", "chart", "desktop",
                        "ui", "cli", "launcher")
                .ensureAllClassesAreContainedInArchitecture()
                .check(CLASSES);
    }

    @Test
    void viewModelsKnowNoNodes() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .because("a view-model is tested without a scene; its view makes the nodes")
                .check(CLASSES);
    }

    @Test
    void onlyTheListedClassesMakeThreads() {
        noClasses().that(not(belongToAnyOf(THREAD_MAKERS)))
                .should().callConstructorWhere(target(owner(assignableTo(Thread.class))))
                .orShould().dependOnClassesThat().belongToAnyOf(java.util.concurrent.Executors.class,
                        java.util.concurrent.ThreadPoolExecutor.class,
                        java.util.concurrent.ScheduledThreadPoolExecutor.class,
                        java.util.concurrent.ForkJoinPool.class, java.util.Timer.class)
                .because("background work goes through the app's executor, whose threads report to the crash path;"
                        + " THREAD_MAKERS lists the exceptions")
                .check(CLASSES);
    }

    @Test
    void onlyTheDialogServiceMakesDialogsAndChoosers() {
        noClasses().that(not(belongToAnyOf(DIALOG_MAKERS)))
                .should().dependOnClassesThat().belongToAnyOf(javafx.scene.control.Alert.class,
                        javafx.scene.control.ChoiceDialog.class, javafx.stage.FileChooser.class,
                        javafx.stage.DirectoryChooser.class)
                .because("dialogs are owned by the window and answered by tests through DialogService")
                .check(CLASSES);
    }

    @Test
    void onlyTheCanvasPainterMakesColours() {
        noClasses().that().doNotHaveFullyQualifiedName(UI + ".chart.CanvasPainter")
                .should().dependOnClassesThat().belongToAnyOf(javafx.scene.paint.Color.class)
                .because("colours come from theme.css and, for charts, the palettes of the chart package, which"
                        + " CanvasPainter turns into the screen's colours")
                .check(CLASSES);
    }

    /** An allow-list names real classes, so an entry left behind by a move is noticed and removed. */
    @Test
    void theAllowListsNameClassesThatExist() {
        List<String> missing = new ArrayList<>();
        for (String name : concat(THREAD_MAKERS, DIALOG_MAKERS)) {
            if (!CLASSES.contain(name)) {
                missing.add(name);
            }
        }
        assertEquals(List.of(), missing);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The classes named, with their nested and anonymous classes. */
    private static DescribedPredicate<JavaClass> belongToAnyOf(List<String> names) {
        return DescribedPredicate.describe("belong to any of " + names, c -> names.stream()
                .anyMatch(n -> c.getName().equals(n) || c.getName().startsWith(n + "$")));
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
