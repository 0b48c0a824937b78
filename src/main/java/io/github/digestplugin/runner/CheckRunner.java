package io.github.digestplugin.runner;

/**
 * One way of running a check: {@link InJvmCheck} in the caller's JVM, {@link ForkedCheck} in a JVM
 * of its own. Either checks what one {@link CheckRequest} names, writes the result files and hands
 * back the same {@link CheckOutcome}, so the caller logs and fails alike whichever ran.
 */
public interface CheckRunner {

    /**
     * Runs the check and starts writing the result files.
     *
     * @throws CheckRunException when the check could not run (out of memory, a fork that failed) or
     *     its result files could not be written; the message says why and is meant for the user
     */
    CheckOutcome run(CheckRequest request) throws CheckRunException, InterruptedException;
}
