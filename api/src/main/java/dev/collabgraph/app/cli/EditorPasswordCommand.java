package dev.collabgraph.app.cli;

import dev.collabgraph.app.documents.PasswordHash;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;

/**
 * {@code collabgraph editor-password NAME}: asks for a password (twice, unseen, at a terminal; else the first line of
 * standard input) and prints the line for {@code serve --editors FILE}. The password itself is never printed.
 */
@Command(name = "editor-password", mixinStandardHelpOptions = true,
        description = "Print an editors-file line (NAME:HASH) for serve --editors; the password is read from the "
                + "terminal, or from the first line of standard input.")
public final class EditorPasswordCommand implements Callable<Integer> {
    static final int MIN_LENGTH = 8;

    @Parameters(paramLabel = "NAME", description = "The editor's name, as write actions are logged under it.")
    String name;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        if (name.isBlank() || name.contains(":") || name.chars().anyMatch(Character::isWhitespace)) {
            err.println("error: an editor's name has no spaces and no ':'");
            return 1;
        }
        char[] password = read(err);
        if (password == null) {
            return 1;
        }
        try {
            if (password.length < MIN_LENGTH) {
                err.println("error: the password is shorter than " + MIN_LENGTH + " characters");
                return 1;
            }
            new PrintWriter(System.out, true, StandardCharsets.UTF_8).println(name + ":" + PasswordHash.of(password));
            return 0;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static char[] read(PrintWriter err) throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword("Password: ");
            char[] again = console.readPassword("Again: ");
            if (first == null || !Arrays.equals(first, again)) {
                err.println("error: the two passwords differ");
                return null;
            }
            return first;
        }
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (line == null) {
            err.println("error: no password on standard input");
            return null;
        }
        return line.toCharArray();
    }
}
