package dev.labelsdk.refonte.model;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.labelsdk.core.Timestamps;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A builder field that is a Refonte timestamp: read leniently, written as UTC with millis. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
@JacksonAnnotationsInside
@JsonDeserialize(using = Timestamps.Reader.class)
@JsonSerialize(using = Timestamps.MillisWriter.class)
@interface MillisTimestamp {}
