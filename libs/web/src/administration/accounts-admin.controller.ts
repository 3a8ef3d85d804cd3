import { Controller, Get, Param, ParseUUIDPipe, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { SetEmployeeUnitsCommand } from '#libs/groups';
import {
  AccountService,
  ApiTokenService,
  type IssuedApiToken,
  type Principal,
  RequireOrganisationRole,
} from '#libs/identity';
import { PageExceptionFilter } from '../pages/page-exception.filter.js';
import { csrfTokenOfSession, type PageRequest, signedInHeaderOf } from '../pages/page-request.js';
import {
  type FormFields,
  formCommandContext,
  formFieldsOf,
  listOf,
  textOf,
} from '../prepare-meeting/page-form.js';
import { problem, statusOfProblem } from '../prepare-meeting/swedish-errors.js';
import { PageRenderer } from '../views/page-renderer.js';
import { submitForm } from './admin-submit.js';
import { adminProblemOf } from './admin-errors.js';
import { doneMessageOf, type Refusal, sendPage } from './admin-form.js';
import { isUuid, newAccountOf, newAccountProblem, rolesOf, tokenNameProblem } from './account-forms.js';
import { accountAdminPage, accountsAdminPage, adminAccountHref } from './accounts-admin-page.js';
import { organisationOrEmpty, readOrganisation } from './read-organisation.js';

const DONE: Record<string, string> = {
  skapat: 'Kontot är skapat. Ge personen e-postadressen och lösenordet på ett säkert sätt.',
  roller: 'Rollerna är sparade. De gäller från personens nästa sidvisning.',
  enheter: 'Enheterna är sparade.',
  inaktiverat: 'Kontot är inaktiverat: personen är utloggad och kontots API-nycklar fungerar inte längre.',
  aterkallad: 'API-nyckeln är återkallad och fungerar inte längre.',
};

/** An :accountId that is no UUID is an account that does not exist: the 404 page. */
const ACCOUNT_ID = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

/**
 * /administration/konton: the organisation's accounts, the form that creates one, and each
 * account's page for its roles, its units (where the employee works), disabling it, and its API
 * tokens. Admins only (as /api/accounts); the pages call the services the API's controllers call
 * (AccountService, ApiTokenService, SetEmployeeUnitsCommand), and a refusal changes nothing.
 */
@ApiExcludeController()
@Controller('administration/konton')
@UseFilters(PageExceptionFilter)
@RequireOrganisationRole('admin')
export class AccountsAdminController {
  constructor(
    private readonly renderer: PageRenderer,
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
    private readonly accounts: AccountService,
    private readonly apiTokens: ApiTokenService,
  ) {}

  @Get()
  async list(@Req() request: PageRequest, @Res() response: Response, @Query('klart') done: unknown) {
    await this.sendList(request, response, 200, null, doneMessageOf(DONE, done));
  }

  @Post()
  async create(@Req() request: PageRequest, @Res() response: Response) {
    const fields = formFieldsOf(request);
    const { principal } = formCommandContext(request, fields);
    const typed = newAccountOf(fields);
    const refused = newAccountProblem(typed);
    let created = '';
    await submitForm({
      response,
      form: 'konto',
      change: async () => {
        if (refused) return refused;
        created = (await this.accounts.create({ tenantId: principal.tenantId, ...typed })).id;
      },
      refuse: (status, shown) =>
        this.sendList(request, response, status, { problem: shown, posted: fields }, null),
      doneHref: () => `${adminAccountHref(created)}?klart=skapat`,
      problemOf: (error, form) => adminProblemOf(error, form, 'epost'),
    });
  }

  @Get(':accountId')
  async show(
    @Req() request: PageRequest,
    @Res() response: Response,
    @Param('accountId', ACCOUNT_ID) accountId: string,
    @Query('klart') done: unknown,
  ) {
    await this.sendAccount(request, response, accountId, 200, { done: doneMessageOf(DONE, done) });
  }

  @Post(':accountId/roller')
  async setRoles(
    @Req() request: PageRequest,
    @Res() response: Response,
    @Param('accountId', ACCOUNT_ID) accountId: string,
  ) {
    await this.run(request, response, accountId, 'roller', async (principal, fields) => {
      const roles = rolesOf(fields);
      if (!roles) return problem('roller', 'Välj bland rollerna som finns.', 'roller');
      await this.accounts.setRoles(principal.tenantId, accountId, roles);
    });
  }

  @Post(':accountId/enheter')
  async setUnits(
    @Req() request: PageRequest,
    @Res() response: Response,
    @Param('accountId', ACCOUNT_ID) accountId: string,
  ) {
    await this.run(request, response, accountId, 'enheter', async (principal, fields) => {
      await this.commands.execute(
        new SetEmployeeUnitsCommand(principal, accountId, listOf(fields, 'enheter')),
      );
    });
  }

  @Post(':accountId/inaktivera')
  async disable(
    @Req() request: PageRequest,
    @Res() response: Response,
    @Param('accountId', ACCOUNT_ID) accountId: string,
  ) {
    await this.run(request, response, accountId, 'inaktiverat', async (principal) => {
      await this.accounts.disable(principal.tenantId, accountId);
    });
  }

  /** Issues a token and shows it on this answer only: it is stored as a hash and cannot be shown again. */
  @Post(':accountId/nycklar')
  async issueToken(
    @Req() request: PageRequest,
    @Res() response: Response,
    @Param('accountId', ACCOUNT_ID) accountId: string,
  ) {
    const fields = formFieldsOf(request);
    const { principal } = formCommandContext(request, fields);
    const name = textOf(fields, 'namn');
    const wrong = tokenNameProblem(name);
    const refuse = (status: number, shown: ReturnType<typeof problem>) =>
      this.sendAccount(request, response, accountId, status, { refusal: { problem: shown, posted: fields } });
    if (wrong) return refuse(400, problem('nyckel', wrong, 'namn'));
    let issued: IssuedApiToken;
    try {
      issued = await this.apiTokens.issue(principal.tenantId, accountId, name);
    } catch (error) {
      const shown = adminProblemOf(error, 'nyckel', 'namn');
      if (!shown) throw error;
      return refuse(statusOfProblem(error), shown);
    }
    await this.sendAccount(request, response, accountId, 201, { issued });
  }

  @Post(':accountId/nycklar/aterkalla')
  async revokeToken(
    @Req() request: PageRequest,
    @Res() response: Response,
    @Param('accountId', ACCOUNT_ID) accountId: string,
  ) {
    await this.run(request, response, accountId, 'aterkallad', async (principal, fields) => {
      const tokenId = textOf(fields, 'nyckel');
      if (!isUuid(tokenId))
        return problem('aterkallad', 'Nyckeln finns inte. Sidan visar kontots nycklar nu.');
      await this.apiTokens.revoke(principal.tenantId, accountId, tokenId);
    });
  }

  /** Runs one account form; a refusal renders the account's page with it, else back there. */
  private async run(
    request: PageRequest,
    response: Response,
    accountId: string,
    form: string,
    change: (principal: Principal, fields: FormFields) => Promise<ReturnType<typeof problem> | void>,
  ): Promise<void> {
    const fields = formFieldsOf(request);
    const { principal } = formCommandContext(request, fields);
    await submitForm({
      response,
      form,
      change: () => change(principal, fields),
      refuse: (status, shown) =>
        this.sendAccount(request, response, accountId, status, {
          refusal: { problem: shown, posted: fields },
        }),
      doneHref: `${adminAccountHref(accountId)}?klart=${form}`,
    });
  }

  private async sendList(
    request: PageRequest,
    response: Response,
    status: number,
    refusal: Refusal | null,
    done: string | null,
  ): Promise<void> {
    const principal = this.principalOf(request);
    const organisation = organisationOrEmpty(await readOrganisation(this.queries, principal), principal);
    sendPage(
      response,
      status,
      this.renderer.render('admin-konton', {
        title: refusal ? 'Fel: Konton' : 'Konton',
        signedIn: signedInHeaderOf(request),
        csrfToken: csrfTokenOfSession(request),
        ...accountsAdminPage(await this.accounts.list(principal.tenantId), organisation, refusal, done),
      }),
    );
  }

  private async sendAccount(
    request: PageRequest,
    response: Response,
    accountId: string,
    status: number,
    state: { refusal?: Refusal; done?: string | null; issued?: IssuedApiToken },
  ): Promise<void> {
    const principal = this.principalOf(request);
    const account = await this.accounts.get(principal.tenantId, accountId);
    const organisation = organisationOrEmpty(await readOrganisation(this.queries, principal), principal);
    const model = accountAdminPage({
      account,
      organisation,
      tokens: await this.apiTokens.list(principal.tenantId, accountId),
      issued: state.issued ?? null,
      refusal: state.refusal ?? null,
      done: state.done ?? null,
      own: account.id === principal.accountId,
    });
    sendPage(
      response,
      status,
      this.renderer.render('admin-konto', {
        title: state.refusal ? `Fel: ${account.displayName}` : account.displayName,
        signedIn: signedInHeaderOf(request),
        csrfToken: csrfTokenOfSession(request),
        ...model,
      }),
    );
  }

  private principalOf(request: PageRequest): Principal {
    if (!request.principal) throw new Error('the guard let an anonymous request through');
    return request.principal;
  }
}
