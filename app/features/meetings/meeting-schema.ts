import { z } from 'zod'
import { dayNotAfter, idList, obstacleFields } from '~/features/obstacles/obstacle-schema'
import { optionalText, requiredText } from '~/utils/form-fields'

const multiline = { multiline: true }

/**
 * A dialogue meeting and the obstacles raised at it, saved in one go. Each obstacle is
 * raised on the meeting's day by the meeting; its project is one of the list below it.
 * The meeting's venue is sent (and stored) as `place`, the form's field name.
 */
export function createMeetingSchema(today: Date) {
  return z
    .object({
      date: dayNotAfter(today),
      place: requiredText(300),
      chair: requiredText(300),
      enterprises: optionalText(5000, multiline),
      notes: optionalText(10_000, multiline),
      projectIds: z.preprocess(
        idList,
        z
          .array(z.string().min(1).max(40))
          .max(100)
          .transform((ids) => [...new Set(ids)]),
      ),
      obstacles: z.array(z.object(obstacleFields)).max(50, 'obstacles.errors.tooManyObstacles').default([]),
    })
    .superRefine((meeting, ctx) => {
      meeting.obstacles.forEach((obstacle, index) => {
        if (obstacle.deadline.getTime() < meeting.date.getTime()) {
          ctx.addIssue({
            code: 'custom',
            path: ['obstacles', index, 'deadline'],
            message: 'obstacles.errors.deadlineBeforeRaised',
          })
        }
      })
    })
}
export type MeetingInput = z.infer<ReturnType<typeof createMeetingSchema>>
