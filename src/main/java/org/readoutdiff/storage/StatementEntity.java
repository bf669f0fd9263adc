package org.readoutdiff.storage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One statement of the library: the extracted text, the SHA-256 of the raw bytes, where it came from. */
@Entity
@Table(name = "statement")
public class StatementEntity {

    @Id
    @Column(length = 24)
    public String id;

    @Column(nullable = false, length = 64)
    public String sha256;


    /** The team it belongs to (V5; 'default' for what was stored before accounts). */
    @Column(nullable = false, length = 100)
    public String team = "default";

    @Column(nullable = false, length = 200)
    public String label;

    @Column(length = 200)
    public String issuer;

    @Column(length = 200)
    public String meeting;

    /** The publication date as given, ISO-8601 (yyyy-mm-dd). */
    @Column(name = "published_on", length = 40)
    public String publishedOn;

    @Column(name = "source_url", length = 2000)
    public String sourceUrl;

    @Column(name = "file_name", length = 255)
    public String fileName;

    /** txt, md, html, pdf, docx, or "pasted". */
    @Column(nullable = false, length = 16)
    public String format;

    @Column(name = "byte_count", nullable = false)
    public long byteCount;

    @Column(name = "char_count", nullable = false)
    public int charCount;

    @Column(name = "retrieved_at", nullable = false)
    public Instant retrievedAt;

    @Column(name = "stored_at", nullable = false)
    public Instant storedAt;

    @Column(nullable = false, columnDefinition = "text")
    public String content;
}
