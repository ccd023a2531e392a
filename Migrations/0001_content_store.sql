-- The exercise content store: one row per exercise document, its structure in
-- sections and blocks, and a full-text index over everything a user may search.

CREATE TABLE exercise (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    equipment TEXT,
    category TEXT,
    video TEXT,
    description TEXT,
    -- The YAML front matter exactly as imported (after text repair), unknown keys included.
    front_matter TEXT NOT NULL,
    -- Whether the document had a `<!-- howto -->` marker, even with no steps after it.
    has_howto INTEGER NOT NULL DEFAULT 0,
    -- Where the document came from: `seeds/<file>`, a file path, or `custom`.
    origin TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE INDEX exercise_by_name ON exercise (name COLLATE NOCASE);

CREATE TABLE exercise_alias (
    exercise_id INTEGER NOT NULL REFERENCES exercise (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    alias TEXT NOT NULL,
    PRIMARY KEY (exercise_id, position)
);

CREATE INDEX exercise_alias_by_alias ON exercise_alias (alias COLLATE NOCASE);

CREATE TABLE exercise_muscle (
    exercise_id INTEGER NOT NULL REFERENCES exercise (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('primary', 'secondary')),
    position INTEGER NOT NULL,
    muscle TEXT NOT NULL,
    PRIMARY KEY (exercise_id, role, position)
);

CREATE INDEX exercise_muscle_by_muscle ON exercise_muscle (muscle COLLATE NOCASE);

CREATE TABLE exercise_tag (
    exercise_id INTEGER NOT NULL REFERENCES exercise (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    tag TEXT NOT NULL,
    PRIMARY KEY (exercise_id, position)
);

CREATE TABLE exercise_section (
    id INTEGER PRIMARY KEY,
    exercise_id INTEGER NOT NULL REFERENCES exercise (id) ON DELETE CASCADE,
    part TEXT NOT NULL CHECK (part IN ('body', 'howto')),
    position INTEGER NOT NULL,
    -- setup, execution, tips, mistakes, benefits, step (a how-to step) or other.
    kind TEXT NOT NULL,
    -- The heading as written; NULL for text that stands before the first heading.
    heading TEXT,
    -- 1 to 6 for `#` headings, 0 for a bold line standing alone as a heading.
    heading_level INTEGER,
    UNIQUE (exercise_id, part, position)
);

CREATE TABLE exercise_block (
    section_id INTEGER NOT NULL REFERENCES exercise_section (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    style TEXT NOT NULL CHECK (style IN ('numbered', 'bulleted', 'paragraph')),
    label TEXT,
    text TEXT NOT NULL,
    PRIMARY KEY (section_id, position)
);

-- rowid is exercise.id; kept in step by the importer.
CREATE VIRTUAL TABLE exercise_search USING fts5 (
    name,
    aliases,
    body,
    tokenize = 'porter unicode61 remove_diacritics 2'
);
