package dev.collabgraph.app.cli;

import dev.collabgraph.app.documents.Editors;
import dev.collabgraph.loader.BadDocumentException;
import dev.collabgraph.store.DiskSpace;
import dev.collabgraph.store.StoreLock;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

import java.net.BindException;

/**
 * Turns a failed command into one line a user can act on and exit code 1; the stack trace only when
 * {@code COLLABGRAPH_DEBUG} is set.
 */
public final class ErrorReporter implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
        command.getErr().println("error: " + describe(e));
        if (System.getenv("COLLABGRAPH_DEBUG") != null) {
            e.printStackTrace(command.getErr());
        }
        return 1;
    }

    static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BadDocumentException) {
                return t.getMessage();
            }
            if (t instanceof Editors.ConfigurationException) {
                return t.getMessage();
            }
            if (t instanceof StoreLock.StoreInUseException || t instanceof StoreLock.StoreNotWritableException
                    || t instanceof DiskSpace.DiskFullException) {
                return t.getMessage();
            }
            if (t.getClass().getName().equals("org.neo4j.io.locker.FileLockException")) {
                return "the graph store is in use by another process (is 'collabgraph serve' running? stop it or use --db): "
                        + t.getMessage();
            }
            if (t instanceof AuthenticationException) {
                return "Neo4j refused the credentials (user from --user, password from $"
                        + DatabaseOptions.PASSWORD_VARIABLE + ")";
            }
            if (t instanceof ServiceUnavailableException) {
                return "cannot reach Neo4j: " + t.getMessage();
            }
            if (t instanceof BindException) {
                return "a port is already in use (" + t.getMessage() + "): choose another with --port or --bolt-port";
            }
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
