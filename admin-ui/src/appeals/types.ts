export interface Appeal {
  id: string;
  number: string;
  registeredAt: string;
  status: string;
  applicant: { id: string; fullName: string };
  needs: {
    needId: string;
    caseNumber: string;
    person: { fullName: string };
    measure: { name: string };
    organisation: { shortName: string };
    status: string;
    resolveDueAt: string | null;
  }[];
}
