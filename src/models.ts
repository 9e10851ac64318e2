import type { Connection } from 'mongoose';
import { onceModel } from './db/once';
import { officeModel } from './offices/model';
import { refreshTokenModel, staffModel } from './staff/model';
import { auditModel } from './audit/model';
import { contactModel, enterpriseModel, instructorModel } from './people/model';
import { bindCodeModel, bindingModel } from './binding/model';
import { courseModel, courseModuleModel, lessonCompletionModel, lessonModel } from './courses/model';
import { attemptAnswerModel, attemptGradeModel, attemptModel, questionBankModel, questionModel, quizModel } from './quizzes/model';
import { certificateModel } from './certificates/model';
import { practiceModels } from './practice/model';
import { applicationModel, applicationStepModel, campaignModel, campaignOverrideModel } from './campaigns/model';
import { reminderModels } from './reminders/model';
import { oaFollowerModel } from './reminders/channels/oa-followers';
import { broadcastModel, broadcastPublishedModel, broadcastTransitionModel } from './broadcasts/model';
import { broadcastDeliveryModels } from './broadcasts/delivery-model';
import { botRoomModel } from './broadcasts/rooms';
import { integrityModels } from './integrity/model';
import { reportModels } from './reports/model';

/** Every area's models on one connection. Idempotent: calling it twice returns the same models. */
export function registerModels(conn: Connection) {
  return {
    OnceKey: onceModel(conn),
    Office: officeModel(conn),
    Staff: staffModel(conn),
    RefreshToken: refreshTokenModel(conn),
    Audit: auditModel(conn),
    Instructor: instructorModel(conn),
    Enterprise: enterpriseModel(conn),
    Contact: contactModel(conn),
    BindCode: bindCodeModel(conn),
    Binding: bindingModel(conn),
    Course: courseModel(conn),
    CourseModule: courseModuleModel(conn),
    Lesson: lessonModel(conn),
    LessonCompletion: lessonCompletionModel(conn),
    QuestionBank: questionBankModel(conn),
    Question: questionModel(conn),
    Quiz: quizModel(conn),
    Attempt: attemptModel(conn),
    AttemptAnswer: attemptAnswerModel(conn),
    AttemptGrade: attemptGradeModel(conn),
    Certificate: certificateModel(conn),
    ...practiceModels(conn),
    Campaign: campaignModel(conn),
    CampaignOverride: campaignOverrideModel(conn),
    Application: applicationModel(conn),
    ApplicationStep: applicationStepModel(conn),
    ...reminderModels(conn),
    OaFollower: oaFollowerModel(conn),
    Broadcast: broadcastModel(conn),
    BroadcastTransition: broadcastTransitionModel(conn),
    BroadcastPublished: broadcastPublishedModel(conn),
    ...broadcastDeliveryModels(conn),
    BotRoom: botRoomModel(conn),
    ...integrityModels(conn),
    ...reportModels(conn),
  };
}

export type Models = ReturnType<typeof registerModels>;
