import type { DataSource } from 'typeorm';
import type { MunicipalityDemo } from '@lagesbild/demo-data';
import { loadDemoData } from '@lagesbild/service';
import { Council } from '../council/council.entity';
import { District } from '../district/district.entity';
import { OrganisationKind } from '../organisation/organisation-kind';
import { Organisation } from '../organisation/organisation.entity';
import { AccessRole, CouncilRole } from '../person/council-role';
import { Person } from '../person/person.entity';

/**
 * Fills an empty directory with the demo municipality (Västerås by default), in one transaction.
 * Does nothing when a council exists already, so a restart keeps the data.
 */
export async function seedDirectory(
  dataSource: DataSource,
  chosen?: MunicipalityDemo,
): Promise<boolean> {
  const { demoOrganisations, demoPeople, readDistricts, VASTERAS } = await loadDemoData();
  const municipality = chosen ?? VASTERAS;
  return dataSource.transaction(async (manager) => {
    if ((await manager.count(Council)) > 0) return false;
    await manager.insert(Council, {
      name: municipality.councilName,
      municipalityCode: municipality.municipalityCode,
      municipalityName: municipality.municipalityName,
      established: municipality.councilEstablished,
    });

    const organisations = await manager.save(
      Organisation,
      demoOrganisations.map((o) => ({ ...o, kind: OrganisationKind[o.kind] })),
    );
    const organisationId = new Map(organisations.map((o) => [o.code, o.id]));
    await manager.insert(
      Person,
      demoPeople().map((p) => ({
        username: p.username,
        name: p.name,
        title: p.title,
        email: p.email,
        organisationId: p.organisation ? (organisationId.get(p.organisation) ?? null) : null,
        councilRoles: p.councilRoles.map((role) => CouncilRole[role]),
        accessRoles: p.accessRoles.map((role) => AccessRole[role]),
      })),
    );

    const districts = readDistricts(municipality);
    // Their populations are the situation subgraph's (its demo `population` indicator).
    await manager.save(
      District,
      districts.map((d) => ({
        code: d.code,
        name: d.name,
        municipalityCode: municipality.municipalityCode,
        boundary: null,
      })),
    );
    return true;
  });
}
