package dev.labelsdk.refonte;

import dev.labelsdk.core.RequestOptions;

/**
 * What the resources of named objects share (batches, projects): a create from a request and
 * a fetch by name. Names may hold any character ({@code /} included); they are percent-encoded
 * in URLs.
 *
 * @param <T> the object
 * @param <C> the request that creates one
 */
public interface NamedResource<T, C> {

  /**
   * Creates an object; see {@link #create(Object, RequestOptions)}.
   *
   * @param request what to create
   * @return the object created
   */
  default T create(C request) {
    return create(request, RequestOptions.none());
  }

  /**
   * Creates an object ({@code POST}). If a retry after a 5xx or connection failure gets a 409
   * "already exists", the earlier attempt created it: the object is fetched and returned (when
   * it is the one requested: a batch of the requested project, a project of the requested
   * type).
   *
   * @param request what to create
   * @param options the options of this call
   * @return the object created
   * @throws ConflictException if an object of that name already exists
   * @throws BadRequestException if the request is refused (a batch's project does not exist)
   */
  T create(C request, RequestOptions options);

  /**
   * Fetches an object by name; see {@link #get(String, RequestOptions)}.
   *
   * @param name its name
   * @return the object
   */
  default T get(String name) {
    return get(name, RequestOptions.none());
  }

  /**
   * Fetches an object by name ({@code GET .../{name}}).
   *
   * @param name its name
   * @param options the options of this call
   * @return the object
   * @throws NotFoundException if there is no such object
   */
  T get(String name, RequestOptions options);
}
