package org.jclassad.io;

import java.io.IOException;
import java.io.Reader;

/** A reader that gives its text in one read and then fails, as a stream cut short does. */
final class FailingReader extends Reader {
    private final String given;
    private boolean done;

    FailingReader(String given) {
        this.given = given;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (done) {
            throw new IOException("cut short");
        }
        done = true;
        given.getChars(0, given.length(), cbuf, off);
        return given.length();
    }

    @Override
    public void close() {
    }
}
