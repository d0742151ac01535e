package org.ouraviewer.ui.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.fetch.DateRange;
import org.ouraviewer.fetch.FetchSource;
import org.ouraviewer.fetch.RememberedTokens;
import org.ouraviewer.fetch.oauth.CredentialStore;
import org.ouraviewer.fetch.oauth.OuraApp;
import org.ouraviewer.fetch.oauth.OuraCredential;
import org.ouraviewer.io.AppDirs;
import org.ouraviewer.work.TestThreads;

/** The dialog's state without a scene. */
class FetchViewModelTest {
    static final LocalDate TODAY = LocalDate.of(2026, 3, 14);

    @TempDir
    Path dir;

    @Test
    void startsWithEverythingUpToTodayIntoTheDataFolder() {
        FetchViewModel vm = new FetchViewModel(dir, uri -> { }, f -> { }, TODAY, TestThreads.SHARED);
        assertEquals(FetchSource.OURA, vm.sourceProperty().get());
        assertEquals(DateRange.EARLIEST, vm.startProperty().get());
        assertEquals(TODAY, vm.endProperty().get());
        assertEquals(AppDirs.data().resolve("fetched").toString(), vm.folderProperty().get());
        assertEquals("", vm.tokenProperty().get());
        assertFalse(vm.rememberProperty().get());
        assertTrue(vm.onlyNewProperty().get());
        assertEquals(SignInViewModel.State.SIGNED_OUT, vm.signIn().stateProperty().get());
        assertFalse(vm.usesSignInProperty().get());
    }

    @Test
    void fetchesOnlyWithATokenAFolderAndDaysInOrder() {
        FetchViewModel vm = new FetchViewModel(dir, uri -> { }, f -> { }, TODAY, TestThreads.SHARED);
        assertFalse(vm.canFetchProperty().get());
        vm.tokenProperty().set("   ");
        assertFalse(vm.canFetchProperty().get());
        vm.tokenProperty().set("abc");
        assertTrue(vm.canFetchProperty().get());
        vm.startProperty().set(TODAY.plusDays(1));
        assertTrue(vm.canFetchProperty().get(), "only what is new: the days do not apply");
        vm.onlyNewProperty().set(false);
        assertFalse(vm.canFetchProperty().get());
        vm.startProperty().set(TODAY);
        vm.folderProperty().set("");
        assertFalse(vm.canFetchProperty().get());
    }

    @Test
    void recallsTheRememberedTokenOfEachSource() throws IOException {
        RememberedTokens tokens = new RememberedTokens(dir);
        tokens.remember(FetchSource.OPEN_HUMANS, "oh-remembered");
        FetchViewModel vm = new FetchViewModel(dir, uri -> { }, f -> { }, TODAY, TestThreads.SHARED);
        assertEquals("", vm.tokenProperty().get());
        vm.sourceProperty().set(FetchSource.OPEN_HUMANS);
        assertEquals("oh-remembered", vm.tokenProperty().get());
        assertTrue(vm.rememberProperty().get());
        vm.sourceProperty().set(FetchSource.OURA);
        assertEquals("", vm.tokenProperty().get());
        assertFalse(vm.rememberProperty().get());
        assertFalse(FetchViewModel.daysApply(FetchSource.OPEN_HUMANS));
    }

    @Test
    void theSignInStepsNeedTheAppsIdSecretAndPort() throws IOException {
        new CredentialStore(dir).rememberApp(new OuraApp("remembered-id", 8123));
        SignInViewModel signIn = new FetchViewModel(dir, uri -> { }, f -> { }, TODAY, TestThreads.SHARED).signIn();
        assertEquals("remembered-id", signIn.clientIdProperty().get(), "the client id is remembered");
        assertEquals("http://localhost:8123/callback", signIn.redirectUriProperty().get());
        assertFalse(signIn.canSignInProperty().get(), "no secret yet");
        signIn.clientSecretProperty().set("s3cret");
        assertTrue(signIn.canSignInProperty().get());
        signIn.portProperty().set("80800");
        assertFalse(signIn.canSignInProperty().get());
        assertEquals("http://localhost:PORT/callback", signIn.redirectUriProperty().get());
        signIn.portProperty().set("8080");
        assertEquals("http://localhost:8080/callback", signIn.redirectUriProperty().get());
    }

    @Test
    void aStoredSignInFetchesWithoutAToken() throws IOException {
        new CredentialStore(dir).save(new OuraCredential("id", "secret", "access", "refresh", null, null,
                URI.create("http://127.0.0.1:1"), URI.create("http://127.0.0.1:1"), "me@example.org", Instant.EPOCH));
        FetchViewModel vm = new FetchViewModel(dir, uri -> { }, f -> { }, TODAY, TestThreads.SHARED);
        assertEquals(SignInViewModel.State.SIGNED_IN, vm.signIn().stateProperty().get());
        assertEquals("Connected to Oura as me@example.org, with your app id.", vm.signIn().connectedProperty().get());
        assertTrue(vm.usesSignInProperty().get());
        assertTrue(vm.canFetchProperty().get());
        vm.sourceProperty().set(FetchSource.OPEN_HUMANS);
        assertFalse(vm.canFetchProperty().get(), "Open Humans needs its own token");
        vm.sourceProperty().set(FetchSource.OURA);
        vm.signIn().signOut();
        assertFalse(vm.canFetchProperty().get());
        assertFalse(java.nio.file.Files.exists(dir.resolve(CredentialStore.FILE_NAME)));
    }
}
