package org.ouraviewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The CI workflow (.github/workflows/build.yml), which builds the installers this machine cannot: it runs on
 * Linux, Windows and both Mac architectures, its Linux leg does what a build here does ({@code .ci/run},
 * then {@code mvn -B -Pinstaller package}), and it keeps each system's installer and portable archive.
 */
class WorkflowTest {
    private static JsonNode job;
    /** Each leg of the matrix by its system name ("linux-x64"). */
    private static final Map<String, JsonNode> LEGS = new TreeMap<>();

    @BeforeAll
    static void read() throws IOException {
        JsonNode workflow = new ObjectMapper(new YAMLFactory()).readTree(Path.of(".github/workflows/build.yml").toFile());
        assertEquals(1, workflow.get("jobs").size(), "one job, a leg per system");
        job = workflow.get("jobs").elements().next();
        assertEquals("${{ matrix.runner }}", job.get("runs-on").asText());
        job.at("/strategy/matrix/include").forEach(leg -> LEGS.put(leg.get("system").asText(), leg));
    }

    @Test
    void runsOnLinuxWindowsAndBothMacArchitectures() {
        assertEquals(List.of("linux-x64", "macos-arm64", "macos-x64", "windows-x64"), List.copyOf(LEGS.keySet()));
        assertTrue(runner("linux-x64").startsWith("ubuntu-"));
        assertTrue(runner("windows-x64").startsWith("windows-"));
        // GitHub's Intel Macs carry "intel" in the label; the other macos-* runners are Apple silicon
        assertTrue(runner("macos-x64").matches("macos-\\d+-intel"), runner("macos-x64"));
        assertTrue(runner("macos-arm64").matches("macos-(\\d+|latest)"), runner("macos-arm64"));
        assertFalse(job.at("/strategy/fail-fast").asBoolean(true), "one system failing keeps the others' packages");
    }

    @Test
    void theLinuxLegRunsTheTestsThenTheInstallerProfile() throws IOException {
        List<String> commands = new ArrayList<>();
        for (JsonNode step : job.get("steps")) {
            String condition = step.path("if").asText("");
            if (step.has("run") && (condition.isEmpty() || condition.contains("'Linux'"))) {
                commands.add(step.get("run").asText().strip());
            }
        }
        int tests = commands.indexOf("bash .ci/run");
        assertTrue(tests >= 0, commands::toString);
        List<String> ciRun = Files.readAllLines(Path.of(".ci/run"));
        assertEquals("mvn -B verify", ciRun.get(ciRun.size() - 1), ".ci/run runs the README's test command");
        int installer = indexOfPrefix(commands, "mvn -B -Pinstaller package");
        assertTrue(installer > tests, "the installer after the tests: " + commands);
        assertEquals("", LEGS.get("linux-x64").get("installer-options").asText(), "Linux builds as here");
    }

    @Test
    void macOsGetsAVersionItAccepts() {
        for (String mac : List.of("macos-arm64", "macos-x64")) {
            String options = LEGS.get(mac).get("installer-options").asText();
            assertTrue(options.matches("-Djpackage\\.app\\.version=[1-9]\\d*\\.\\d+\\.\\d+"), options);
        }
    }

    @Test
    void setsUpTemurin17WithTheMavenCache() {
        JsonNode java = step("actions/setup-java@");
        assertEquals("temurin", java.at("/with/distribution").asText());
        assertEquals("17", java.at("/with/java-version").asText());
        assertEquals("maven", java.at("/with/cache").asText());
        step("actions/checkout@");
    }

    @Test
    void keepsEachSystemsInstallerAndPortableArchive() {
        assertEquals("target/installer/*.deb", LEGS.get("linux-x64").get("installer").asText());
        assertEquals("target/installer/*.msi", LEGS.get("windows-x64").get("installer").asText());
        assertEquals("target/installer/*.dmg", LEGS.get("macos-arm64").get("installer").asText());
        assertEquals("target/installer/*.dmg", LEGS.get("macos-x64").get("installer").asText());
        JsonNode upload = step("actions/upload-artifact@");
        String paths = upload.at("/with/path").asText();
        assertTrue(paths.contains("${{ matrix.installer }}"), paths);
        assertTrue(paths.contains("target/installer/oura-viewer-${{ matrix.system }}."), paths);
        assertEquals("error", upload.at("/with/if-no-files-found").asText(), "a leg that made nothing fails");
        assertTrue(upload.at("/with/name").asText().contains("${{ matrix.system }}"), "one artifact per system");
        String archive = job.get("steps").findValues("run").stream().map(JsonNode::asText)
                .filter(r -> r.contains("oura-viewer-${{ matrix.system }}")).findFirst().orElse("");
        assertTrue(archive.contains("tar -czf") && archive.contains("-tzip"), "tar.gz, and zip on Windows: " + archive);
        assertTrue(archive.contains("${{ matrix.app-image }}"), archive);
        assertEquals("oura-viewer", LEGS.get("linux-x64").get("app-image").asText(), "pom.xml's jpackage.app.image");
        assertEquals("Oura Viewer", LEGS.get("windows-x64").get("app-image").asText());
        assertEquals("Oura Viewer.app", LEGS.get("macos-x64").get("app-image").asText());
    }

    private static String runner(String system) {
        return LEGS.get(system).get("runner").asText();
    }

    private static JsonNode step(String usesPrefix) {
        for (JsonNode step : job.get("steps")) {
            if (step.path("uses").asText().startsWith(usesPrefix)) {
                return step;
            }
        }
        throw new AssertionError("no step uses " + usesPrefix);
    }

    private static int indexOfPrefix(List<String> commands, String prefix) {
        for (int i = 0; i < commands.size(); i++) {
            if (commands.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }
}
