import { Types } from 'mongoose';
import { NotFound } from '../errors';
import type { Models } from '../models';
import type { Course } from '../courses/model';
import type { Instructor } from '../people/model';

/** An instructor as the learning area sees them. */
export interface Learner {
  id: Types.ObjectId;
  name: string;
  officeId: Types.ObjectId;
  cohort: string;
}

export async function loadLearner(models: Pick<Models, 'Instructor'>, instructorId: Types.ObjectId | string): Promise<Learner> {
  const found = (await models.Instructor.findById(instructorId).lean()) as Instructor | null;
  if (!found) throw new NotFound('学员不存在');
  return { id: found._id, name: found.name, officeId: found.officeId, cohort: found.cohort };
}

/**
 * Courses open to a learner: published, and opened to one of their offices (or above), or to their
 * cohort by an office above them: a cohort name in another district is not this learner's cohort.
 */
export async function openCourseFilter(models: Pick<Models, 'Office'>, learner: Learner) {
  const office = await models.Office.findById(learner.officeId, { ancestors: 1 }).lean();
  const officeIds = [learner.officeId, ...(office?.ancestors ?? [])];
  return {
    published: true,
    $or: [{ openToOfficeIds: { $in: officeIds } }, ...(learner.cohort ? [{ openToCohorts: learner.cohort, officeId: { $in: officeIds } }] : [])],
  };
}

export async function listOpenCourses(models: Pick<Models, 'Office' | 'Course'>, learner: Learner): Promise<Course[]> {
  return (await models.Course.find(await openCourseFilter(models, learner)).sort({ _id: 1 }).lean()) as Course[];
}

/** A course the learner may study; any other is reported missing. */
export async function openCourse(models: Pick<Models, 'Office' | 'Course'>, learner: Learner, courseId: Types.ObjectId | string): Promise<Course> {
  if (!Types.ObjectId.isValid(String(courseId))) throw new NotFound('课程不存在');
  const course = (await models.Course.findOne({ _id: courseId, ...(await openCourseFilter(models, learner)) }).lean()) as Course | null;
  if (!course) throw new NotFound('课程不存在或未向您开放');
  return course;
}
