package io.github.digestplugin.runner;

/** A check that could not run or could not write its results; the message is the whole story. */
public final class CheckRunException extends Exception {

    private static final long serialVersionUID = 1L;

    public CheckRunException(String message) {
        super(message);
    }

    public CheckRunException(String message, Throwable cause) {
        super(message, cause);
    }
}
