package dev.labelsdk.mock.clarifai;

import com.fasterxml.jackson.databind.JsonNode;

/** A saved search (spec §7.7): the query as sent (echoed) and its parsed filters. */
public record SavedSearch(String id, String name, JsonNode query, SearchQuery parsed,
    long createdAt, long modifiedAt) {}
