package org.readoutdiff.storage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One rendering of a stored result, gzipped: a part of its HTML report's content ({@code
 * content/1}, {@code content/2}, ...; the site shows it in the page layout), the page's title
 * ({@code title}) or its Markdown ({@code md}), with the engine version that made it.
 */
@Entity
@Table(name = "rendering")
public class RenderingEntity {

    /** The result's id and the rendering's name: {@code <result id>/<name>}. */
    @Id
    @Column(length = 64)
    public String id;

    @Column(name = "result_id", nullable = false, length = 24)
    public String resultId;

    @Column(nullable = false, length = 32)
    public String name;

    @Column(name = "engine_version", nullable = false, length = 32)
    public String engineVersion;

    @Column(name = "content_gz", nullable = false)
    public byte[] contentGz;

    public static RenderingEntity of(String resultId, String name, String engineVersion, String content) {
        RenderingEntity rendering = new RenderingEntity();
        rendering.id = key(resultId, name);
        rendering.resultId = resultId;
        rendering.name = name;
        rendering.engineVersion = engineVersion;
        rendering.contentGz = Gzip.compress(content);
        return rendering;
    }

    static String key(String resultId, String name) {
        return resultId + "/" + name;
    }

    public String content() {
        return Gzip.decompress(contentGz);
    }
}
