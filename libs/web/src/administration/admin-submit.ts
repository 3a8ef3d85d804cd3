import type { Response } from 'express';
import type { FormProblem } from '../prepare-meeting/page-form.js';
import { statusOfProblem } from '../prepare-meeting/swedish-errors.js';
import { adminProblemOf } from './admin-errors.js';

export interface FormSubmission {
  response: Response;
  /** The form's name: a refusal's field ids and error summary point into it. */
  form: string;
  /** Runs the change; returns the problem the page found before any command ran, if any. */
  change: () => Promise<FormProblem | void>;
  /** Renders the page again with the refusal, at this status. */
  refuse: (status: number, problem: FormProblem) => Promise<void>;
  /** Where a change that went through leads (post/redirect/get); a function when it names what the change created. */
  doneHref: string | (() => string);
  /** The Swedish message and field of a refusal from the taxonomy; adminProblemOf unless the form has its own. */
  problemOf?: (error: unknown, form: string) => FormProblem | undefined;
}

/**
 * What every administration form does with a post: run the change; a problem found before it
 * (400) or a refusal the taxonomy knows (its own status) renders the page again with what was
 * typed and nothing changed; anything else (403, 404, a fault) goes on to the page's error filter;
 * otherwise redirect to the page with its "done" message.
 */
export async function submitForm({
  response,
  form,
  change,
  refuse,
  doneHref,
  problemOf = adminProblemOf,
}: FormSubmission): Promise<void> {
  try {
    const refused = await change();
    if (refused) return refuse(400, refused);
  } catch (error) {
    const shown = problemOf(error, form);
    if (!shown) throw error;
    return refuse(statusOfProblem(error), shown);
  }
  response.redirect(303, typeof doneHref === 'string' ? doneHref : doneHref());
}
