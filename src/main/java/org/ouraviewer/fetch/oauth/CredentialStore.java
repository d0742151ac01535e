package org.ouraviewer.fetch.oauth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.ouraviewer.fetch.FetchException;
import org.ouraviewer.fetch.FetchRequest;
import org.ouraviewer.fetch.LockFile;
import org.ouraviewer.io.AppDirs;
import org.ouraviewer.io.AtomicFiles;
import org.ouraviewer.text.Problems;

/**
 * Where the Oura sign-in is kept: {@value #FILE_NAME} in the app's config folder, a file only this user
 * can read or write (created with mode 600 and replaced atomically, so it is never readable by others,
 * nor ever half written). No OS keychain: none is reachable from a Java runtime image through a library
 * that is a real module, so the dialog and the README say it is this file. The client id (not a secret)
 * and the redirect port are remembered apart, in {@value #APP_FILE_NAME}, and outlive a sign-out.
 */
public final class CredentialStore {
    public static final String FILE_NAME = "oura-credential.json";
    static final String LOCK_NAME = "oura-credential.lock";
    static final String APP_FILE_NAME = "oura-app.json";
    /** A credential is a few hundred bytes; anything much larger is not one. */
    private static final int MAX_SIZE = 64 * 1024;
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final Path dir;

    public CredentialStore(Path dir) {
        this.dir = dir;
    }

    /** In the app's config folder. */
    public static CredentialStore standard() {
        return new CredentialStore(AppDirs.config());
    }

    public Path file() {
        return dir.resolve(FILE_NAME);
    }

    /**
     * The stored sign-in; empty when there is none.
     *
     * @throws FetchException SIGN_IN_AGAIN when the file is there but cannot be used: other users can read
     *                        it (its secrets may have been copied), it is corrupt, or it is no file at all
     */
    public Optional<OuraCredential> load() throws IOException {
        Path file = file();
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        if (!attributes.isRegularFile()) {
            throw unusable(notAFile(file) + "; move it away and run `oura-viewer login` again.");
        }
        String mode = sharedMode(file);
        if (mode != null) {
            throw unusable("The Oura sign-in stored in " + Problems.path(file) + " can be read by other users of this"
                    + " computer (its mode is " + mode + "), so it was not used; run `oura-viewer login` again to"
                    + " store a new one that only you can read.");
        }
        JsonNode n = readSmall(file).orElseThrow(() -> corrupt(file));
        try {
            OuraCredential c = new OuraCredential(text(n, "client_id"), text(n, "client_secret"),
                    text(n, "access_token"), text(n, "refresh_token"), instant(n, "expires_at"),
                    n.path("scope").asText(null), URI.create(text(n, "auth_url")), URI.create(text(n, "api_url")),
                    n.path("account").asText(null), Instant.parse(text(n, "signed_in_at")));
            if (!TokenClient.isBearerToken(c.accessToken()) || !FetchRequest.isSendable(c.refreshToken())) {
                throw corrupt(file);
            }
            return Optional.of(c);
        } catch (RuntimeException e) {
            throw corrupt(file); // a field missing or malformed: not a sign-in this app can use
        }
    }

    /** Whether a sign-in is stored (without reading it). */
    public boolean signedIn() {
        return Files.isRegularFile(file());
    }

    /**
     * Before a sign-in spends its one-time code: whether its result could be stored at all.
     *
     * @throws FetchException LOCAL_FILE, saying what is in the way
     */
    public void checkWritable() throws FetchException {
        Path file = file();
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new FetchException(FetchException.Reason.LOCAL_FILE, "The sign-in could not be stored: "
                    + notAFile(file) + "; move it away, then sign in again.");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new FetchException(FetchException.Reason.LOCAL_FILE, "The sign-in could not be stored: the folder "
                    + Problems.path(dir) + " cannot be made (" + Problems.describe(e) + ").");
        }
        if (!Files.isWritable(dir)) {
            throw new FetchException(FetchException.Reason.LOCAL_FILE, "The sign-in could not be stored: the folder "
                    + Problems.path(dir) + " cannot be written.");
        }
    }

    private static String notAFile(Path file) {
        return Problems.path(file) + (Files.isDirectory(file) ? " is a folder" : " is not a regular file")
                + " where the sign-in should be stored";
    }

    /** The file's mode when its group or others have any access to it, else null (also where there are no modes). */
    private static String sharedMode(Path file) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view == null) {
            return null;
        }
        Set<PosixFilePermission> permissions = view.readAttributes().permissions();
        boolean shared = permissions.stream()
                .anyMatch(p -> p.name().startsWith("GROUP_") || p.name().startsWith("OTHERS_"));
        return shared ? PosixFilePermissions.toString(permissions) : null;
    }

    private static FetchException corrupt(Path file) {
        return unusable("The Oura sign-in stored in " + Problems.path(file) + " is corrupt (it is not a sign-in this"
                + " app wrote whole), so it was not used; run `oura-viewer login` again.");
    }

    private static FetchException unusable(String message) {
        return new FetchException(FetchException.Reason.SIGN_IN_AGAIN, message);
    }

    /** Replaces the stored sign-in atomically; the file is private from its first byte. */
    public void save(OuraCredential c) throws IOException {
        ObjectNode n = JSON.createObjectNode();
        n.put("client_id", c.clientId());
        n.put("client_secret", c.clientSecret());
        n.put("access_token", c.accessToken());
        n.put("refresh_token", c.refreshToken());
        n.put("expires_at", c.expiresAt() == null ? null : c.expiresAt().toString());
        n.put("scope", c.scope());
        n.put("auth_url", c.authUrl().toString());
        n.put("api_url", c.apiUrl().toString());
        n.put("account", c.account());
        n.put("signed_in_at", c.signedInAt().toString());
        AtomicFiles.writePrivate(file(), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(n));
    }

    /** Forgets the sign-in (sign out); waits for a renewal in progress, so it cannot write it back. */
    public void forget() throws IOException {
        Path file = file();
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                && !Files.isSymbolicLink(file)) {
            throw new FetchException(FetchException.Reason.LOCAL_FILE, notAFile(file) + ", so nothing was removed.");
        }
        try (LockFile lock = lock(() -> { })) {
            Files.deleteIfExists(file());
        }
    }

    /** Only one process or thread renews at a time; {@code onWait} runs before waiting for another. */
    LockFile lock(Runnable onWait) throws IOException {
        return LockFile.acquire(dir.resolve(LOCK_NAME), onWait);
    }

    /** The app the user registered last (client id and redirect port), if any. */
    public Optional<OuraApp> app() {
        try {
            return readSmall(dir.resolve(APP_FILE_NAME)).map(n -> new OuraApp(n.path("client_id").asText(""),
                    n.path("port").asInt(OuraApp.DEFAULT_PORT)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public void rememberApp(OuraApp app) throws IOException {
        ObjectNode n = JSON.createObjectNode();
        n.put("client_id", app.clientId());
        n.put("port", app.port());
        AtomicFiles.writePrivate(dir.resolve(APP_FILE_NAME), JSON.writeValueAsBytes(n));
    }

    private static Optional<JsonNode> readSmall(Path file) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_SIZE + 1);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        if (bytes.length > MAX_SIZE) {
            return Optional.empty();
        }
        try {
            JsonNode n = JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
            return n != null && n.isObject() ? Optional.of(n) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual() || v.asText().isEmpty()) {
            throw new IllegalArgumentException("no " + field);
        }
        return v.asText();
    }

    private static Instant instant(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : Instant.parse(v.asText());
    }
}
