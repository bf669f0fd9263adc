package org.readoutdiff.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.readoutdiff.text.KeyNormalizer;
import org.readoutdiff.text.SegmentedStatement;
import org.readoutdiff.text.Segmenter;
import org.readoutdiff.text.Sentence;

/**
 * Builds {@link SentenceCitation}s. The versions of a statement are its watch's snapshots when a
 * watch fetched it (so a page that went back to an earlier text still counts each version), else
 * the library's versions (same source URL, or same issuer and meeting). A sentence "appears" in a
 * version when a sentence there has the same comparison key (the segmenter's normalized words).
 */
@ApplicationScoped
public class SentenceCitations {

    private static final Segmenter SEGMENTER = new Segmenter(new KeyNormalizer(false));

    private final StatementLibrary library;
    private final Watches watches;

    public SentenceCitations(StatementLibrary library, Watches watches) {
        this.library = library;
        this.watches = watches;
    }

    /** Version {@code number} (from 1) among the versions of statement {@code id}; empty when there is none. */
    public Optional<SentenceCitation> cite(String id, int number) {
        Optional<StoredStatement> asked = library.statement(id);
        if (asked.isEmpty()) {
            return Optional.empty();
        }
        List<SentenceCitation.Version> versions = new ArrayList<>();
        List<StoredWatch.Version> snapshots = watches.versionsAround(id);
        String watchId = null;
        String textSha = null;
        if (!snapshots.isEmpty()) {
            for (StoredWatch.Version v : snapshots) {
                versions.add(new SentenceCitation.Version(v.number(), v.statementId(), v.sha256(), v.fetchedAt()));
            }
            if (number >= 1 && number <= snapshots.size()) {
                textSha = snapshots.get(number - 1).textSha256();
            }
            watchId = watchOf(id);
        } else {
            List<StoredStatement> library = this.library.versions(id);
            for (int i = 0; i < library.size(); i++) {
                StoredStatement s = library.get(i);
                String retrieved = s.metadata().retrievedAt();
                versions.add(new SentenceCitation.Version(i + 1, s.id(), s.sha256(),
                        retrieved == null ? s.storedAt() : Instant.parse(retrieved)));
            }
        }
        if (number < 1 || number > versions.size()) {
            return Optional.empty();
        }
        List<Set<String>> keys = new ArrayList<>();
        SegmentedStatement shown = null;
        for (SentenceCitation.Version v : versions) {
            SegmentedStatement segmented = SEGMENTER.segment(LibraryRecords.asStatement(
                    library.statement(v.statementId()).orElseThrow()));
            Set<String> set = new HashSet<>();
            for (Sentence sentence : segmented.sentences()) {
                set.add(sentence.key());
            }
            keys.add(set);
            if (v.number() == number) {
                shown = segmented;
            }
        }
        List<SentenceCitation.Sentence> sentences = new ArrayList<>();
        for (Sentence sentence : shown.sentences()) {
            List<Boolean> appears = keys.stream().map(k -> k.contains(sentence.key())).toList();
            sentences.add(new SentenceCitation.Sentence("S" + (sentence.index() + 1), sentence.text(shown.text()), appears));
        }
        SentenceCitation.Version version = versions.get(number - 1);
        StoredStatement statement = library.statement(version.statementId()).orElseThrow();
        return Optional.of(new SentenceCitation(version.statementId(), statement.label(),
                statement.metadata().sourceUrl(), watchId, number, version.sha256(), textSha, version.fetchedAt(),
                versions, sentences));
    }

    private String watchOf(String statementId) {
        return watches.watchIdOf(statementId);
    }
}
