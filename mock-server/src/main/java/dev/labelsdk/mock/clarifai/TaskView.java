package dev.labelsdk.mock.clarifai;

/** A task as GetTask and ListTasks answer it: with its metrics when they were asked for. */
public record TaskView(Task task, TaskMetrics metrics) {}
