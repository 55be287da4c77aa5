package org.jclassad.conformance.fuzz;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The real-HTCondor oracle: a process speaking the JSON Lines protocol on stdin/stdout. */
final class Oracle implements AutoCloseable {
    private final List<String> command;
    private Process process;
    private BufferedWriter in;
    private BufferedReader out;

    Oracle(List<String> command) throws IOException {
        this.command = command;
        start();
    }

    private void start() throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        process = pb.start();
        in = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
        out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Answers one case line (restarting the oracle if it died). */
    String ask(String caseLine) throws IOException {
        try {
            in.write(caseLine);
            in.write('\n');
            in.flush();
            String answer = out.readLine();
            if (answer != null) {
                return answer;
            }
        } catch (IOException broken) {
            // fall through: the process died on this case
        }
        close();
        start();
        return "{\"ok\":false,\"error\":\"crash\"}";
    }

    /** Answers many case lines, streaming them through the process. */
    List<String> askAll(List<String> caseLines) throws IOException, InterruptedException {
        List<String> answers = new ArrayList<>(caseLines.size());
        IOException[] writeFailure = new IOException[1];
        Thread writer = new Thread(() -> {
            try {
                for (String line : caseLines) {
                    in.write(line);
                    in.write('\n');
                }
                in.flush();
            } catch (IOException e) {
                writeFailure[0] = e;
            }
        }, "oracle-writer");
        writer.start();
        for (int i = 0; i < caseLines.size(); i++) {
            String answer = out.readLine();
            if (answer == null) {
                break;
            }
            answers.add(answer);
        }
        writer.join();
        if (answers.size() < caseLines.size()) {
            // the oracle died part way: answer the rest one at a time
            close();
            start();
            for (int i = answers.size(); i < caseLines.size(); i++) {
                answers.add(ask(caseLines.get(i)));
            }
        }
        return answers;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException ignored) {
            // the process is going away
        }
        process.destroy();
    }
}
