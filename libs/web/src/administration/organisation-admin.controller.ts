import { Controller, Get, Inject, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { Command, CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  AddUnionOrganisationCommand,
  AddUnitCommand,
  CreateOrganisationCommand,
  RemoveUnionOrganisationCommand,
  type DaySetting,
  SetDaySettingCommand,
  SetUnionFederationCommand,
} from '#libs/groups';
import {
  IdentityProviderService,
  OIDC_SETTINGS,
  oidcAddresses,
  type OidcSettings,
  RequireOrganisationRole,
} from '#libs/identity';
import type { CommandContext, Federation } from '#libs/shared-kernel';
import { PageExceptionFilter } from '../pages/page-exception.filter.js';
import { csrfTokenOfSession, type PageRequest, signedInHeaderOf } from '../pages/page-request.js';
import {
  type FormFields,
  type FormProblem,
  formCommandContext,
  formFieldsOf,
  textOf,
} from '../prepare-meeting/page-form.js';
import { problem } from '../prepare-meeting/swedish-errors.js';
import { PageRenderer } from '../views/page-renderer.js';
import { submitForm } from './admin-submit.js';
import { wholeNumberOf } from './group-forms.js';
import { doneMessageOf, type Refusal, sendPage } from './admin-form.js';
import { organisationPage } from './organisation-page.js';
import { readOrganisation } from './read-organisation.js';
import {
  IDENTITY_PROVIDER_FORM,
  identityProviderInputOf,
  identityProviderProblemOf,
  identityProviderSection,
} from './identity-provider-form.js';

const PATH = '/administration/organisation';

const DONE: Record<string, string> = {
  skapad: 'Organisationen är upplagd. Lägg nu till förvaltningar och enheter.',
  enhet: 'Enheten är tillagd.',
  facklig: 'Den fackliga organisationen är tillagd.',
  borttagen: 'Den fackliga organisationen är borttagen från listan. Tidigare möten behåller namnet.',
  centralorganisation: 'Centralorganisationen är sparad. Närvarolistan visar den från nästa möte.',
  paminnelser: 'Påminnelsetiden är sparad. Den gäller alla öppna uppföljningar från nästa körning.',
  justering: 'Tiden för justering är sparad. Den gäller nya begäranden om justering.',
  inloggning:
    'Inloggningen med identitetsleverantören är sparad. Knappen visas på organisationens inloggningssida.',
  'inloggning-borttagen':
    'Inloggningen med identitetsleverantören är borttagen. Nu går det bara att logga in med lösenord.',
};

/**
 * /administration/organisation: the organisation (the tenant), its förvaltningar and units, and
 * the union organisations its groups' members sit for. Admins only (organisation.manage, as the
 * API's /api/organisation); each form runs the command the API runs, with the version the page
 * showed, and a refusal is shown at its field with nothing changed.
 */
@ApiExcludeController()
@Controller('administration/organisation')
@UseFilters(PageExceptionFilter)
@RequireOrganisationRole('admin')
export class OrganisationAdminController {
  constructor(
    private readonly renderer: PageRenderer,
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
    private readonly identityProviders: IdentityProviderService,
    @Inject(OIDC_SETTINGS) private readonly oidcSettings: OidcSettings,
  ) {}

  @Get()
  async show(@Req() request: PageRequest, @Res() response: Response, @Query('klart') done: unknown) {
    await this.send(request, response, 200, null, doneMessageOf(DONE, done));
  }

  @Post()
  async create(@Req() request: PageRequest, @Res() response: Response) {
    await this.run(request, response, 'organisation', 'skapad', (context, fields) => {
      delete context.expectedVersion;
      return new CreateOrganisationCommand(context, textOf(fields, 'namn'));
    });
  }

  @Post('enheter')
  async addUnit(@Req() request: PageRequest, @Res() response: Response) {
    await this.run(request, response, 'enhet', 'enhet', (context, fields) => {
      const parent = textOf(fields, 'overordnad');
      return new AddUnitCommand(context, {
        name: textOf(fields, 'namn'),
        parentUnitId: parent === '' ? undefined : parent,
      });
    });
  }

  @Post('fackliga')
  async addUnion(@Req() request: PageRequest, @Res() response: Response) {
    await this.run(
      request,
      response,
      'facklig',
      'facklig',
      (context, fields) =>
        new AddUnionOrganisationCommand(context, textOf(fields, 'namn'), federationOf(fields) ?? undefined),
    );
  }

  @Post('fackliga/ta-bort')
  async removeUnion(@Req() request: PageRequest, @Res() response: Response) {
    await this.run(
      request,
      response,
      'ta-bort-facklig',
      'borttagen',
      (context, fields) => new RemoveUnionOrganisationCommand(context, textOf(fields, 'namn')),
    );
  }

  @Post('fackliga/centralorganisation')
  async setFederation(@Req() request: PageRequest, @Res() response: Response) {
    await this.run(
      request,
      response,
      'centralorganisation',
      'centralorganisation',
      (context, fields) =>
        new SetUnionFederationCommand(context, textOf(fields, 'namn'), federationOf(fields)),
    );
  }

  @Post('paminnelser')
  async setReminderLeadDays(@Req() request: PageRequest, @Res() response: Response) {
    await this.setDays(request, response, 'paminnelser', 'reminderLeadDays');
  }

  @Post('justering')
  async setJusteringDays(@Req() request: PageRequest, @Res() response: Response) {
    await this.setDays(request, response, 'justering', 'justeringDays');
  }

  /** The organisation's identity provider: identity's own table, not an event (the secret is in it). */
  @Post('inloggning')
  async setIdentityProvider(@Req() request: PageRequest, @Res() response: Response) {
    const fields = formFieldsOf(request);
    const { principal } = formCommandContext(request, fields);
    await submitForm({
      response,
      form: IDENTITY_PROVIDER_FORM,
      change: async () => {
        await this.identityProviders.set(principal.tenantId, identityProviderInputOf(fields));
      },
      refuse: (status, shown) =>
        this.send(request, response, status, { problem: shown, posted: fields }, null),
      doneHref: `${PATH}?klart=inloggning#inloggning-rubrik`,
      problemOf: identityProviderProblemOf,
    });
  }

  @Post('inloggning/ta-bort')
  async removeIdentityProvider(@Req() request: PageRequest, @Res() response: Response) {
    const { principal } = formCommandContext(request, formFieldsOf(request));
    await this.identityProviders.remove(principal.tenantId);
    response.redirect(303, `${PATH}?klart=inloggning-borttagen#inloggning-rubrik`);
  }

  /** One of the organisation's day settings from its form's "dagar" field. */
  private async setDays(request: PageRequest, response: Response, form: string, setting: DaySetting) {
    await this.run(request, response, form, form, (context, fields) => {
      // A number that is none is shown at its field (400); the decider checks the range.
      const days = wholeNumberOf(textOf(fields, 'dagar'));
      if (Number.isNaN(days)) return problem(form, 'Ange ett helt antal dagar, till exempel 7.', 'dagar');
      return new SetDaySettingCommand(context, setting, days);
    });
  }

  private async run(
    request: PageRequest,
    response: Response,
    form: string,
    done: string,
    command: (
      context: CommandContext,
      fields: ReturnType<typeof formFieldsOf>,
    ) => Command<unknown> | FormProblem,
  ): Promise<void> {
    const fields = formFieldsOf(request);
    const context = formCommandContext(request, fields);
    await submitForm({
      response,
      form,
      change: async () => {
        const built = command(context, fields);
        if (!(built instanceof Command)) return built;
        await this.commands.execute(built);
      },
      refuse: (status, shown) =>
        this.send(request, response, status, { problem: shown, posted: fields }, null),
      doneHref: `${PATH}?klart=${done}`,
    });
  }

  private async send(
    request: PageRequest,
    response: Response,
    status: number,
    refusal: Refusal | null,
    done: string | null,
  ): Promise<void> {
    const principal = request.principal;
    if (!principal) throw new Error('the guard let an anonymous request through');
    const organisation = await readOrganisation(this.queries, principal);
    const provider = await this.identityProviders.get(principal.tenantId);
    sendPage(
      response,
      status,
      this.renderer.render('admin-organisation', {
        title: refusal ? 'Fel: Organisation och enheter' : 'Organisation och enheter',
        signedIn: signedInHeaderOf(request),
        csrfToken: csrfTokenOfSession(request),
        ...organisationPage(organisation, refusal, done),
        identityProvider: identityProviderSection(
          provider,
          refusal,
          oidcAddresses(this.oidcSettings.publicBaseUrl, principal.tenantId),
        ),
      }),
    );
  }
}

/**
 * The federation chosen (Saco, TCO, LO), or null for none; any other value goes on to the
 * decider, which refuses it with VALIDATION.UNKNOWN_FEDERATION.
 */
const federationOf = (fields: FormFields): Federation | null =>
  textOf(fields, 'centralorganisation') === '' ? null : (textOf(fields, 'centralorganisation') as Federation);
