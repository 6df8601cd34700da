package org.casefile.app;

import java.util.List;
import java.util.Locale;
import org.casefile.evidence.Verifier;

/**
 * A check of the evidence files as both front ends tell it: how many were checked, and one line per problem
 * ("changed cases/…/IMG_0042.jpg: …").
 */
public record FileCheck(int checked, List<String> problems) {
    public static FileCheck of(Verifier.Report report) {
        return new FileCheck(report.checked(), report.problems().stream().map(problem -> problem.kind().name()
                .toLowerCase(Locale.ROOT) + " " + problem.path() + ": " + problem.detail()).toList());
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
