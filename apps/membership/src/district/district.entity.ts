import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'district' })
export class DistrictEntity {
  @PrimaryColumn({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'sort_order', type: 'integer' })
  sortOrder!: number;

  @Column({ type: 'boolean' })
  active!: boolean;
}
