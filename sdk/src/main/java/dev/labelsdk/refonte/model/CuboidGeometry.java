package dev.labelsdk.refonte.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** 3D cuboids ({@code geometries.cuboid}); create with {@link Geometry#cuboid(String...)}. */
public final class CuboidGeometry extends Geometry {

  CuboidGeometry(ObjectNode spec) {
    super("cuboid", spec);
  }

  /** Smallest accepted projected width, in pixels. */
  public CuboidGeometry minWidth(int pixels) {
    return new CuboidGeometry(with("min_width", pixels));
  }

  /** Smallest accepted projected height, in pixels. */
  public CuboidGeometry minHeight(int pixels) {
    return new CuboidGeometry(with("min_height", pixels));
  }

  /** The camera's pinhole intrinsics: focal lengths and principal point, in pixels. */
  public CuboidGeometry cameraIntrinsics(double fx, double fy, double cx, double cy) {
    Map<String, Double> intrinsics = new LinkedHashMap<>();
    intrinsics.put("fx", fx);
    intrinsics.put("fy", fy);
    intrinsics.put("cx", cx);
    intrinsics.put("cy", cy);
    return new CuboidGeometry(with("camera_intrinsics", intrinsics));
  }

  /** The camera's rotation as a unit quaternion. */
  public CuboidGeometry cameraRotationQuaternion(double w, double x, double y, double z) {
    Map<String, Double> q = new LinkedHashMap<>();
    q.put("w", w);
    q.put("x", x);
    q.put("y", y);
    q.put("z", z);
    return new CuboidGeometry(with("camera_rotation_quaternion", q));
  }

  /** The camera's height above the ground. */
  public CuboidGeometry cameraHeight(double height) {
    return new CuboidGeometry(with("camera_height", height));
  }

  /** Any other option of the cuboid geometry. */
  public CuboidGeometry option(String key, Object value) {
    return new CuboidGeometry(with(key, value));
  }
}
