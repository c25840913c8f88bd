package io.tsunagu.systemtest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The checkout's launcher, for the tests that stop and start a part of the running stack. */
final class Launcher {

    private Launcher() {
    }

    /** The checkout root: Maven runs the system tests in tests/, the launcher sits one level up. */
    static Path root() {
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            if (Files.isExecutable(dir.resolve("tsunagu")) && Files.isDirectory(dir.resolve("matching"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no checkout with ./tsunagu above " + here);
    }

    /**
     * {@code ./tsunagu restart <part> [--kill]}: stops the part (SIGKILL to its process group with
     * {@code kill}), starts it with the database and environment it had, and waits until it is healthy.
     */
    static void restart(String part, boolean kill) throws IOException, InterruptedException {
        Path log = Path.of("target", "restart-" + part + ".log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        List<String> command = kill ? List.of("./tsunagu", "restart", part, "--kill") : List.of("./tsunagu", "restart", part);
        Process restart = new ProcessBuilder(command).directory(root().toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = restart.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            restart.destroyForcibly();
        }
        assertThat(finished && restart.exitValue() == 0)
                .as("./tsunagu restart %s ended well; its output:%n%s", part, Files.readString(log)).isTrue();
    }

    /** The database the launcher last started the part with (the first line of .run/env/<part>.env). */
    static String databaseOf(String part) throws IOException {
        String first = Files.readAllLines(root().resolve(".run/env/" + part + ".env")).get(0);
        assertThat(first).startsWith("TSUNAGU_DB_NAME=");
        return first.substring("TSUNAGU_DB_NAME=".length());
    }
}
