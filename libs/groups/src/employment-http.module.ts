import { Module } from '@nestjs/common';
import { SharedKernelModule } from '#libs/shared-kernel';
import { SetEmployeeUnitsHandler } from './application/organisation/set-employee-units/set-employee-units.handler.js';
import { EmployeesController } from './http/controllers/employees.controller.js';

/**
 * Where accounts are employed (PUT /api/accounts/{id}/units). A module of its own because it writes
 * identity's accounts: it needs identity's AccountService, which the apps without IdentityModule
 * (the API tests' test-principal app) do not have.
 */
@Module({
  imports: [SharedKernelModule],
  controllers: [EmployeesController],
  providers: [SetEmployeeUnitsHandler],
})
export class EmploymentHttpModule {}
